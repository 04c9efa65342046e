import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CLAUSE_TITLES, type ClauseId } from '../../../src/core/vocabulary';
import { SEED_CLAUSES } from '../../../src/policy/seed';
import { choose, type FixtureRecord, fieldText, fixtureRecord, type ReminderView, reminderShown, waitForReminder } from './page';
import type { Platform } from './platform';

/**
 * The cases every platform file runs on its fixture pages, as data: a guarded action must stop at the reminder
 * (Stop: the page never sees it; Proceed: it happens exactly once), an unguarded one must pass untouched.
 * A platform file keeps its client list, its case tables and the tests only it needs.
 */

/** A control or editor whose use the harness records (test/fixtures/harness.js). */
export const at = (action: string) => `[data-fixture-action="${action}"]`;
/** The editor an Enter (or Ctrl+Enter) sends, for an action a button can also send. */
export const editor = (action: string) => `${at(action)}[data-fixture-enter]`;
/** The control, not the editor of the same action. */
export const control = (action: string) => `${at(action)}:not([data-fixture-enter])`;

export const ON_LIST = 'On your client list';
/** The badge when only the name matched (the page's link is not the handle or id on the list). */
export const SAME_NAME = 'Same name as someone on your client list';
/** The badge of a draft that names a client. */
export const namesClient = (name: string) => `Names someone on your client list: “${name}”`;

/**
 * What the reminder asks and which policy clause it quotes, by kind of action (the same on every platform).
 * Written out here rather than read from src/, so a changed wording is caught.
 */
export const ASKS = {
  accept: { question: 'Accept this request?', clause: 'friending' },
  friendRequest: { question: 'Send a friend request?', clause: 'friending' },
  follow: { question: 'Follow this person?', clause: 'following' },
  followBack: { question: 'Follow back?', clause: 'following' },
  reply: { question: 'Reply to this person?', clause: 'interacting' },
  message: { question: 'Send this message?', clause: 'interacting' },
  post: { question: 'Post this text?', clause: 'interacting' },
  review: { question: 'Respond to this review?', clause: 'reviews' },
} as const satisfies Record<string, { question: string; clause: ClauseId }>;

/** What the therapist does: click a control, or press keys ("Enter", "Control+Enter") in a field. */
export type Act = { click: string } | { keys: string; in: string };
/** Enter in this field. */
export const enter = (field: string): Act => ({ keys: 'Enter', in: field });

export interface PassCase {
  name: string;
  /** The page: absolute, relative to the platform's start page, or (absent) the start page itself. */
  url?: string;
  /** Controls clicked first, in order, that are not guarded themselves (a menu, the notifications jewel). */
  open?: string[];
  /** A draft typed into this field first; `paste` inserts it in one piece, as a paste does. */
  draft?: { into: string; text: string; paste?: boolean };
  act: Act;
  /** What the harness records when the action happens, and the events the page then sees. */
  happens: string;
  events: string[];
}

export interface GuardedCase extends PassCase {
  /** The reminder's question. */
  question: string;
  /** Whom it names, then the control ("María Pérez (@maria_perez) · “Follow back”"); the control alone (“Post”) for no one. */
  who: string;
  /** The client badge, or null for none. */
  badge: string | null;
  /** The policy clause it quotes (title and seed text). */
  clause: ClauseId;
  /** More text it must show (Yelp: the risk, public or private, and the generic reply). */
  shows?: string[];
}

/** Clicking the control of a fixture action: the harness records the action, the page sees one click on it. */
export function clicked(action: string, select: (action: string) => string = at): Pick<PassCase, 'act' | 'happens' | 'events'> {
  return { act: { click: select(action) }, happens: action, events: [`click:${action}`] };
}

/** Types a draft the way a person does, key by key, or as one paste-like insertion. */
export async function typeDraft(p: Page, selector: string, text: string, paste = false): Promise<void> {
  await p.locator(selector).click();
  if (paste) await p.keyboard.insertText(text);
  else await p.keyboard.type(text);
}

/** The text of a field: a textarea's or input's value, a Lexical editor's state, an editor's text (page.ts). */
export { fieldText } from './page';

/**
 * Presses keys such as "Control+Enter" in the focused field. The page sees the
 * modifier's own keydown, which is not the send: the record is taken after it
 * and returned, so a case compares what the send itself did.
 */
export async function press(p: Page, keys: string): Promise<FixtureRecord> {
  const parts = keys.split('+');
  const key = parts.pop() as string;
  for (const m of parts) await p.keyboard.down(m);
  const before = await fixtureRecord(p);
  await p.keyboard.press(key);
  for (const m of parts.reverse()) await p.keyboard.up(m);
  return before;
}

/** Does the act; returns what the page had recorded just before the guarded event. */
async function perform(p: Page, act: Act): Promise<FixtureRecord> {
  if ('click' in act) {
    const before = await fixtureRecord(p);
    await p.locator(act.click).click();
    return before;
  }
  await p.locator(act.in).focus();
  return press(p, act.keys);
}

/** Opens the case's page, types its draft, and acts; returns what the page had recorded just before. */
export async function actOn(platform: Platform, c: PassCase): Promise<{ p: Page; before: FixtureRecord }> {
  const p = await platform.open(c.url);
  for (const opener of c.open ?? []) await p.locator(opener).click();
  if (c.draft) await typeDraft(p, c.draft.into, c.draft.text, c.draft.paste);
  return { p, before: await perform(p, c.act) };
}

export function expectPolicy(view: ReminderView, clause: ClauseId): void {
  expect(view.policy).toContain(CLAUSE_TITLES[clause]);
  expect(view.policy).toContain(SEED_CLAUSES[clause].text);
}

/** The reminder a guarded case opens: a modal with Stop focused, saying what the case says. */
export function expectReminder(view: ReminderView, c: GuardedCase): void {
  expect(view.role).toBe('alertdialog');
  expect(view.modal).toBe('true');
  expect(view.choices).toEqual(['proceed', 'stop']);
  expect(view.focused).toBe('stop');
  expect(view.question).toBe(c.question);
  expect(view.who).toBe(c.who);
  expect(view.badge).toBe(c.badge);
  // "On your client list" only for a person on it: not for a draft that names one, nor for a possible match.
  expect(view.text.includes(ON_LIST)).toBe(c.badge === ON_LIST);
  expectPolicy(view, c.clause);
  for (const text of c.shows ?? []) expect(view.text).toContain(text);
}

/** Stop and Proceed for each guarded case. */
export function guardedCases(platform: Platform, cases: readonly GuardedCase[]): void {
  describe.each(cases.map((c) => [c.name, c]))('guarded: %s', (_, c) => {
    it('Stop: the reminder asks, names the person and quotes the policy; the page never sees the event and nothing happens', async () => {
      const { p, before } = await actOn(platform, c);
      expectReminder(await waitForReminder(p), c);
      await choose(p, 'stop');
      expect(await fixtureRecord(p)).toEqual(before);
      // The draft is still there, without a newline from the stopped Enter.
      if (c.draft) expect(await fieldText(p, c.draft.into)).toBe(c.draft.text);
      expect(await reminderShown(p)).toBe(false);
    });

    it('Proceed: the action happens exactly once, and the reminder does not come back', async () => {
      const { p, before } = await actOn(platform, c);
      await waitForReminder(p);
      await choose(p, 'proceed');
      const after = await fixtureRecord(p);
      expect(after.actions).toEqual([...before.actions, c.happens]);
      expect(after.seen).toEqual([...before.seen, ...c.events]);
      expect(await reminderShown(p)).toBe(false);
    });
  });
}

/** Each unguarded case passes untouched. */
export function passCases(platform: Platform, cases: readonly PassCase[]): void {
  describe.each(cases.map((c) => [c.name, c]))('not guarded: %s', (_, c) => {
    it('passes untouched: no reminder, the action happens exactly once', async () => {
      const { p, before } = await actOn(platform, c);
      expect(await reminderShown(p)).toBe(false);
      const after = await fixtureRecord(p);
      expect(after.actions).toEqual([...before.actions, c.happens]);
      expect(after.seen).toEqual([...before.seen, ...c.events]);
    });
  });
}
