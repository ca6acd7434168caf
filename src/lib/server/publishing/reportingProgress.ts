import { reportersSql, type Reporter } from '$lib/queries/reporters';
import type { DraftRecord, ReportingProgress, ReportingStatus } from '$lib/serviceTypes';
import type { Service } from '../service';
import { scopeLabels } from './draftLabels';

const NOT_SENT = new Set<ReportingStatus>(['missing', 'draft', 'returned']);

/**
 * Where one reporter stands: its latest submission that went further than a draft (a return
 * resubmitted counts as submitted), else a draft it has not sent, else missing.
 */
function standing(drafts: DraftRecord[]): DraftRecord | null {
	const newest = [...drafts].sort((a, b) => b.id - a.id);
	return newest.find((d) => d.status !== 'draft') ?? newest[0] ?? null;
}

const beijingDay = (at: number) => new Date(at + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Who has reported a year (报送进度): each district and city archive, and any other scope a submitter
 * account has, with the state of its submissions for that year and whether it is late.
 */
export async function reportingProgress(
	service: Service,
	version: number,
	year: number
): Promise<ReportingProgress> {
	const { store, settings, clock } = service;
	const { db } = await service.datasets.get(version);
	const [expected, users, drafts] = await Promise.all([
		db.query<Reporter>(reportersSql()),
		store.users.list(),
		store.drafts.list()
	]);
	const reporters = [...expected];
	const label = await scopeLabels(
		db,
		users.map((u) => u.scope)
	);
	for (const user of users) {
		if (user.role !== 'submitter' || !user.scope || reporters.some((r) => r.scope === user.scope))
			continue;
		const district = /^\d{6}$/.test(user.scope);
		reporters.push({
			scope: user.scope,
			label: label(user.scope),
			kind: district ? 'district' : 'archive'
		});
	}
	const deadline = `${year + 1}-${settings.reportDeadline}`;
	const pastDeadline = beijingDay(clock.now()) > deadline;
	const ofYear = drafts.filter((d) => d.reportYear === year && d.status !== 'discarded');
	return {
		year,
		deadline,
		pastDeadline,
		reporters: reporters.map((reporter) => {
			const latest = standing(ofYear.filter((d) => d.scope === reporter.scope));
			const status = (latest?.status ?? 'missing') as ReportingStatus;
			return {
				...reporter,
				status,
				draft: latest?.id ?? null,
				file: latest?.file ?? null,
				by: latest?.createdBy ?? null,
				at: latest ? (latest.submittedAt ?? latest.createdAt) : null,
				reason: latest?.reviewReason ?? null,
				overdue: pastDeadline && NOT_SENT.has(status)
			};
		})
	};
}
