import { describe, expect, it } from 'vitest';
import { RULE_NAMES } from '../../src/core/vocabulary';
import { defaultSettings } from '../../src/policy/defaults';
import { settingsSchema } from '../../src/policy/schema';
import { plainIssue } from '../../src/ui/options/plain-issues';
import { settingName } from '../../src/ui/options/setting-names';

/** The plain words for a settings object that fails the schema (at most the first problem). */
function said(change: (s: Record<string, unknown>) => void): string {
  const s = structuredClone(defaultSettings()) as unknown as Record<string, unknown>;
  change(s);
  const parsed = settingsSchema.safeParse(s);
  if (parsed.success) return 'accepted';
  return parsed.error.issues.map((i) => {
    const p = plainIssue(i);
    return `${p.text} [${p.path}]`;
  })[0] as string;
}

describe('a settings file’s problems in plain words (issue 15)', () => {
  it('names each setting as the options page does, and says what it should be', () => {
    expect(said((s) => (s.logRetentionDays = -1))).toBe('Log kept for: should be a number of days from 1 to 3650. [logRetentionDays]');
    expect(said((s) => (s.logRetentionDays = 2.5))).toBe('Log kept for: should be a number of days from 1 to 3650. [logRetentionDays]');
    expect(said((s) => (s.discreet = 'yes'))).toBe('Discreet mode: should be on (true) or off (false). [discreet]');
    expect(said((s) => delete s.logNames)).toBe('Names in the log: is missing from the file. [logNames]');
    expect(said((s) => ((s.practice as Record<string, string>).effectiveDate = '15/01/2026'))).toBe(
      'Effective date: should be a date written as year-month-day (2026-01-15), or empty. [practice.effectiveDate]',
    );
    expect(said((s) => ((s.practice as Record<string, string>).contact = 'x'.repeat(501)))).toBe(
      'Contact for questions: is too long: at most 500 characters. [practice.contact]',
    );
    expect(said((s) => ((s.rules as Record<string, unknown>).follow = { level: 'always', scope: 'always' }))).toMatch(
      /^Following someone: should be one of: Off \("off"\), Remind \("remind"\), Confirm \("confirm"\), .+, Block \("block"\)\. \[rules\.follow\.level\]$/,
    );
    expect(said((s) => ((s.rules as Record<string, unknown>)['follow.back'] = { level: 'block', scope: 'clients' }))).toBe(
      'Following back: should be one of: Every time ("always"), Only when a client is involved ("client"). [rules.follow.back.scope]',
    );
    expect(said((s) => (s.platformRules = { instagram: { message: { level: 'nope', scope: 'always' } } }))).toMatch(
      /^Sending a direct message on Instagram: should be one of: Off/,
    );
    expect(said((s) => ((s.platforms as Record<string, unknown>).yelp = 1))).toBe(
      'Guard Yelp: should be on (true) or off (false). [platforms.yelp]',
    );
    expect(said((s) => ((s.clauses as Record<string, unknown>).reviews = { choice: 'x', text: 'y'.repeat(2001) }))).toBe(
      'Policy clause “Review sites”: is too long: at most 2000 characters. [clauses.reviews.text]',
    );
    expect(said((s) => ((s.contentChecks as { categories: Record<string, unknown> }).categories.clinical = 'on'))).toMatch(
      /: should be on \(true\) or off \(false\)\. \[contentChecks\.categories\.clinical\]$/,
    );
    expect(said((s) => (s.colour = 'blue'))).toBe('The file: has something this version of Boundary Guard does not know: "colour". []');
  });

  it('uses the names the rest of the options page uses, not a copy', () => {
    expect(settingName(['rules', 'review.respond', 'level'])).toBe(RULE_NAMES['review.respond']);
    expect(settingName(['clients', 4, 'handles', 'instagram'])).toBe('The Instagram handle of client 5');
    expect(settingName(['nothing', 'here'])).toBe(null);
  });
});
