/**
 * Copy text. An intranet site over plain http is not a secure context, where the Clipboard API is
 * missing: there the old selection-and-copy route still works.
 */
export async function copyText(text: string): Promise<void> {
	if (navigator.clipboard && window.isSecureContext) {
		await navigator.clipboard.writeText(text);
		return;
	}
	const area = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
	area.style.position = 'fixed';
	area.style.opacity = '0';
	document.body.append(area);
	area.select();
	const copied = document.execCommand('copy');
	area.remove();
	if (!copied) throw new Error('浏览器不允许复制');
}
