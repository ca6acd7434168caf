/**
 * A moment as the bureau's clocks read it (China Standard Time, UTC+8, no daylight saving),
 * whatever the server's or the browser's time zone: `2026-03-03 09:05`, with `seconds` `…:05:12`.
 */
export function beijingTime(at: number, seconds = false): string {
	return new Date(at + 8 * 3600_000)
		.toISOString()
		.replace('T', ' ')
		.slice(0, seconds ? 19 : 16);
}
