/** What went wrong, as the thrown value says it: DuckDB's and the browser's errors are Errors, a refusal may be a string. */
export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
