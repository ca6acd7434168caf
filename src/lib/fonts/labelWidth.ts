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

/**
 * The text broken into lines of at most `room` wide (SVG text does not wrap): at a space where
 * there is one near the end, else between any two characters, as Chinese text breaks.
 */
export function wrapText(text: string, room: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const char of text) {
		if (line !== '' && labelWidth(line + char, fontSize) > room) {
			const space = line.lastIndexOf(' ');
			const cut = space > line.length / 2 ? space : line.length;
			lines.push(line.slice(0, cut).trimEnd());
			line = line.slice(cut).trimStart();
		}
		line += char;
	}
	if (line !== '') lines.push(line);
	return lines;
}
