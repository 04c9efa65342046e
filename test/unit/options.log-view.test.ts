import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/core/log';
import { ALL, filterLog, formatWhen, logToCsv, startOfWeek, weeklyCounts } from '../../src/ui/options/log-view';

/** Local time, as the therapist's calendar has it. */
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

function entry(time: number, extra: Partial<LogEntry> = {}): LogEntry {
  return { at: time, platform: 'facebook', kind: 'connect.accept', level: 'confirm', client: 'no', choice: 'stopped', ...extra };
}

describe('log view', () => {
  const log = [
    entry(at(2026, 11, 23, 9)), // Monday
    entry(at(2026, 11, 29, 23), { choice: 'proceeded', platform: 'x', kind: 'follow' }), // Sunday, same week
    entry(at(2026, 11, 30, 0), { choice: 'blocked', platform: 'yelp', kind: 'review.respond' }), // next Monday
    entry(at(2026, 12, 2), { choice: 'noticed' }),
    entry(at(2026, 11, 18), { choice: 'proceeded', kind: 'message' }),
  ];

  it('filters by platform, action and choice, newest first', () => {
    expect(filterLog(log, ALL).map((e) => e.at)).toEqual([...log.map((e) => e.at)].sort((a, b) => b - a));
    expect(filterLog(log, { ...ALL, platform: 'x' })).toHaveLength(1);
    expect(filterLog(log, { ...ALL, choice: 'proceeded' }).map((e) => e.kind)).toEqual(['follow', 'message']);
    expect(filterLog(log, { platform: 'facebook', kind: 'connect.accept', choice: 'stopped' })).toHaveLength(1);
  });

  it('weeks start on Monday at local midnight', () => {
    expect(startOfWeek(at(2026, 11, 29, 23)).getTime()).toBe(new Date(2026, 10, 23).getTime());
    expect(startOfWeek(at(2026, 11, 30, 0)).getTime()).toBe(new Date(2026, 10, 30).getTime());
  });

  it('counts stopped (blocked included) against proceeded per week, newest week first', () => {
    expect(weeklyCounts(log)).toEqual([
      { week: '2026-11-30', stopped: 1, proceeded: 0, noticed: 1 },
      { week: '2026-11-23', stopped: 1, proceeded: 1, noticed: 0 },
      { week: '2026-11-16', stopped: 0, proceeded: 1, noticed: 0 },
    ]);
    expect(weeklyCounts([])).toEqual([]);
  });

  it('exports CSV with a header and neutralised formulas', () => {
    const csv = logToCsv([entry(Date.UTC(2026, 10, 27, 10), { reason: '=HYPERLINK("x")', person: 'Sam, "L."' })]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('time,platform,action,level,client,choice,reason,person,fallback');
    expect(row).toBe(
      `2026-11-27T10:00:00.000Z,Facebook,"Accepting a friend, follow or connection request",confirm,no,stopped,"'=HYPERLINK(""x"")","Sam, ""L.""",`,
    );
  });
});

describe('formatWhen', () => {
  it('reads as toLocaleString with the same options would, and keeps "Invalid Date" for a corrupt time', () => {
    const options: Intl.DateTimeFormatOptions = {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    };
    for (const time of [at(2026, 11, 23, 9), at(2025, 3, 3, 14), 0, Date.UTC(2030, 0, 1)]) {
      expect(formatWhen(time)).toBe(new Date(time).toLocaleString(undefined, options));
    }
    expect(formatWhen(Number.NaN)).toBe('Invalid Date');
    expect(formatWhen(9e15)).toBe('Invalid Date');
  });
});
