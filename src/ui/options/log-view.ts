import { formatCsv } from '../../clients/csv';
import { messages } from '../../core/i18n';
import type { Choice, LogEntry } from '../../core/log';
import { type ActionKind, PLATFORM_NAMES, type Platform, RULE_NAMES } from '../../core/vocabulary';

export interface LogFilter {
  platform: Platform | 'all';
  kind: ActionKind | 'all';
  choice: Choice | 'all';
}

export const ALL: LogFilter = { platform: 'all', kind: 'all', choice: 'all' };

export const CHOICE_NAMES: Readonly<Record<Choice, string>> = messages({
  stopped: 'choice_stopped',
  proceeded: 'choice_proceeded',
  noticed: 'choice_noticed',
  blocked: 'choice_blocked',
});

/** The action of an entry by name: "Following back" for a follow back, else its kind's name. */
export function actionName(e: Pick<LogEntry, 'kind' | 'back'>): string {
  return RULE_NAMES[e.kind === 'follow' && e.back ? 'follow.back' : e.kind];
}

/** Entries that pass the filter, newest first. */
export function filterLog<T extends LogEntry>(entries: readonly T[], filter: LogFilter): T[] {
  const out = entries.filter(
    (e) =>
      (filter.platform === 'all' || e.platform === filter.platform) &&
      (filter.kind === 'all' || e.kind === filter.kind) &&
      (filter.choice === 'all' || e.choice === filter.choice),
  );
  return out.sort((a, b) => b.at - a.at);
}

/** Local midnight of the Monday that starts the week holding `at`. */
export function startOfWeek(at: number): Date {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d;
}

export interface WeekCount {
  /** Monday of the week, yyyy-mm-dd in local time. */
  week: string;
  /** Did not go ahead: Stop chosen, or blocked by the policy. */
  stopped: number;
  proceeded: number;
  noticed: number;
}

function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Stopped vs proceeded per week, newest week first; weeks without entries are left out. */
export function weeklyCounts(entries: readonly LogEntry[]): WeekCount[] {
  const weeks = new Map<string, WeekCount>();
  for (const e of entries) {
    const week = isoDay(startOfWeek(e.at));
    let count = weeks.get(week);
    if (!count) {
      count = { week, stopped: 0, proceeded: 0, noticed: 0 };
      weeks.set(week, count);
    }
    if (e.choice === 'proceeded') count.proceeded += 1;
    else if (e.choice === 'noticed') count.noticed += 1;
    else count.stopped += 1;
  }
  return [...weeks.values()].sort((a, b) => (a.week < b.week ? 1 : -1));
}

let whenFormat: Intl.DateTimeFormat | null = null;

/**
 * "Mon 3 Mar 2025, 14:05" in the browser's locale. One formatter, made on first use: toLocaleString
 * with options builds a new one on every call (about 1 ms each, 50 per page of the log).
 */
export function formatWhen(at: number): string {
  whenFormat ??= new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const date = new Date(at);
  // A corrupt time reads "Invalid Date", as toLocaleString says it; format() would throw.
  return Number.isNaN(date.getTime()) ? String(date) : whenFormat.format(date);
}

/**
 * The log as CSV for a spreadsheet; cells that could run as formulas are neutralised. The header and the
 * codes (level, client, choice) are a file format and stay as they are; the action's name is in the UI's language.
 */
export function logToCsv(entries: readonly LogEntry[]): string {
  return formatCsv(
    ['time', 'platform', 'action', 'level', 'client', 'choice', 'reason', 'person', 'fallback'],
    entries.map((e) => [
      new Date(e.at).toISOString(),
      PLATFORM_NAMES[e.platform],
      actionName(e),
      e.level,
      e.client,
      e.choice,
      e.reason ?? '',
      e.person ?? '',
      e.fallback ? 'yes' : '',
    ]),
  );
}
