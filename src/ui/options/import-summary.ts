import type { ClientImport, ClientUpdate, RejectedRow } from '../../clients/csv';
import { t, tn } from '../../core/i18n';
import { PLATFORM_NAMES, PLATFORMS } from '../../core/vocabulary';
import { shownHandle } from '../shared/handles';

/** "intake.csv: 3 new, 5 updated, 1 rejected." for a preview. */
export function importCounts(file: string, value: ClientImport): string {
  return t('import_summary', file, ...counts(value));
}

/** "Imported 8 clients from intake.csv: 3 new, 5 updated, 1 rejected." once stored. */
export function importDone(file: string, value: ClientImport): string {
  return tn(value.accepted.length + value.updated.length, 'import_done', file, ...counts(value));
}

function counts(value: ClientImport): [string, string, string] {
  return [
    tn(value.accepted.length, 'import_new'),
    tn(value.updated.length, 'import_updatedCount'),
    tn(value.rejected.length, 'import_rejectedCount'),
  ];
}

/** What an update changes, in words: "name: Sam Lee → Samuel Lee; X: @samlee". */
export function describeUpdate({ before, after }: ClientUpdate): string {
  const parts: string[] = [];
  if (before.name !== after.name) parts.push(t('import_changeName', before.name, after.name));
  const added = after.aliases.filter((a) => !before.aliases.includes(a));
  if (added.length) parts.push(t('import_changeAliases', added.join(', ')));
  for (const p of PLATFORMS) {
    const handle = after.handles[p];
    if (handle && handle !== before.handles[p]) parts.push(t('import_changeHandle', PLATFORM_NAMES[p], shownHandle(p, handle)));
  }
  return parts.join('; ');
}

/** Rejected rows grouped by their reason: each problem once, with the rows it concerns. */
export function groupProblems(rejected: readonly RejectedRow[]): Array<{ reason: string; rows: RejectedRow[] }> {
  const groups = new Map<string, RejectedRow[]>();
  for (const r of rejected) groups.set(r.reason, [...(groups.get(r.reason) ?? []), r]);
  return [...groups].map(([reason, rows]) => ({ reason, rows }));
}

/** "line 3; line 7 “Pat Quinn”" for the rows of one problem. */
export function rowsOf(rows: readonly RejectedRow[], max = 20): string {
  const shown = rows.slice(0, max).map((r) => (r.name ? t('import_rowNamed', r.line, r.name) : t('import_row', r.line)));
  if (rows.length > max) shown.push(t('import_andMore', rows.length - max));
  return shown.join(', ');
}

/** The result's list of problems: "empty name (line 3); malformed X handle … (line 7 “Pat Quinn”)". */
export function problemsSummary(rejected: readonly RejectedRow[]): string {
  return groupProblems(rejected)
    .map((g) => t('import_problemRows', g.reason, rowsOf(g.rows)))
    .join('; ');
}
