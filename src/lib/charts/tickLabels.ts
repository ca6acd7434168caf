const PADDED = /(\d)\.0+(?!\d)/;
const DECIMAL = /\d\.\d/;

/**
 * An axis's labels without padded decimals: when every label with a decimal point has only zeros
 * after it (0.0%, 20.0万, 50.0 TB), the zeros go; one label that needs its decimal keeps them all.
 */
export function trimmedTicks(labels: string[]): string[] {
	const decimals = labels.filter((l) => DECIMAL.test(l));
	if (decimals.length === 0 || !decimals.every((l) => PADDED.test(l))) return labels;
	return labels.map((l) => l.replace(PADDED, '$1'));
}
