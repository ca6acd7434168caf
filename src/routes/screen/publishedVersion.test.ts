import { afterEach, describe, expect, test, vi } from 'vitest';

const listVersions = vi.fn();
vi.mock('$lib/serviceApi', () => ({ listVersions: () => listVersions() }));
const { CHECK_EVERY_MS, watchPublishedVersion } = await import('./publishedVersion');

afterEach(() => vi.useRealTimers());

describe('the meeting-room screen', () => {
	test('reloads once another version is published, and not before; a failed check changes nothing', async () => {
		vi.useFakeTimers();
		const reload = vi.fn();
		const stop = watchPublishedVersion(3, reload);
		listVersions.mockResolvedValueOnce({ current: 3, versions: [] });
		await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
		listVersions.mockRejectedValueOnce(new Error('网络错误'));
		await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
		expect(reload).not.toHaveBeenCalled();
		listVersions.mockResolvedValueOnce({ current: 4, versions: [] });
		await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
		expect(reload).toHaveBeenCalledTimes(1);
		stop();
		await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS * 3);
		expect(listVersions).toHaveBeenCalledTimes(3);
	});
});
