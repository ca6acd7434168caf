/** A JSON or form body as plain fields; anything else is an empty object. */
export async function readBody(request: Request): Promise<Record<string, unknown>> {
	const type = request.headers.get('content-type') ?? '';
	try {
		if (type.includes('application/json')) {
			const body: unknown = await request.json();
			return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
		}
		if (type.includes('form')) return Object.fromEntries(await request.formData());
	} catch {
		return {};
	}
	return {};
}
