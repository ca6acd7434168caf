/**
 * Text that Excel or WPS would take for a formula when a CSV is opened (OWASP's CSV injection
 * list): `=HYPERLINK(…)`, `+1+1`, `-1+1`, `@SUM(1)`, or a tab or carriage return first.
 */
export function formulaLike(value: string): boolean {
	return /^[=+\-@\t\r]/.test(value);
}
