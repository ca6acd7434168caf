// The static build prerenders every view's default state: figures, 文字解读 and SVG charts are in
// the HTML. The service renders each request from the published version instead.
export const prerender = !__SERVICE__;
export const trailingSlash = 'never';
