// Every view's default state is prerendered: figures, 文字解读 and SVG charts are in the HTML.
export const prerender = true;
export const trailingSlash = 'never';
