/**
 * Estimates of how wide a chart label is drawn, without a DOM to measure in (the prerender has
 * none): Chinese characters are one em square, others about 0.6 em. At 14 px, wide enough for the
 * chart text in every theme (12 px, the projector's 15 px at a smaller scale).
 */
export function labelWidth(text: string, fontSize = 14): number {
	let em = 0;
	for (const char of text) em += char.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
	return em * fontSize;
}

/** room for the longest label, no less than `min` and no more than `max` */
export function labelRoom(labels: string[], min: number, max: number): number {
	return Math.ceil(Math.min(max, Math.max(min, ...labels.map((l) => labelWidth(l)))));
}

/** the label cut to fit `room`, with an ellipsis when cut */
export function fitLabel(text: string, room: number): string {
	if (labelWidth(text) <= room) return text;
	const chars = [...text];
	while (chars.length > 1 && labelWidth(`${chars.join('')}…`) > room) chars.pop();
	return `${chars.join('')}…`;
}
