/** text made safe to place in HTML or SVG markup, in an element or a quoted attribute */
export function escapeMarkup(text: string): string {
	return text.replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!
	);
}
