import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultSettings } from '../../src/policy/defaults';
import { SEED_CLAUSES } from '../../src/policy/seed';
import { CLAUSE_TITLES } from '../../src/policy/vocabulary';
import { ACTION_RISKS, PRIVATE_RISKS } from '../../src/ui/copy';
import { choose, type FixtureRecord, fixtureRecord, type ReminderView, reminderShown, waitForReminder } from './support/page';
import { type Session, startSession } from './support/session';

/**
 * The built extension on hand-written Yelp pages (test/fixtures/yelp/): every
 * response to a review is guarded, whoever the reviewer is; the reminder names
 * the reviewer as Yelp shows them ("Sam L."), says when that may be a client,
 * carries the risk (public or private) and the therapist's generic reply.
 */

const REVIEWS = 'https://biz.yelp.com/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews';
const PUBLIC_PAGE = 'https://www.yelp.com/biz/harbor-counseling-san-francisco';

// Sam Lee has no Yelp name on file: "Sam L." can only be a possible match. Robin Park's Yelp name is on file.
const CLIENTS_CSV = ['name,yelp', 'Sam Lee,', 'Robin Park,Robin P.', ''].join('\n');

const POSSIBLE = 'May be on your client list (a similar name is on it)';
const ON_LIST = 'On your client list';
const GENERIC_REPLY = defaultSettings().reviewReplyText;

let s: Session;
let importResult = '';
let page: Page | null = null;

beforeAll(async () => {
  s = await startSession({ certDir: inject('e2eCertDir') });
  importResult = await s.importClients(CLIENTS_CSV);
});

afterAll(async () => {
  await s?.close();
});

afterEach(async () => {
  await page?.close();
  page = null;
  expect(s.network.unexpected()).toEqual([]);
  s.network.reset();
});

async function open(url = REVIEWS): Promise<Page> {
  page = await s.open(url);
  return page;
}

const at = (action: string) => `[data-fixture-action="${action}"]`;
const SAM_FIELD = '[data-card="sam"] textarea';
const DIALOG_FIELD = '[role="dialog"] textarea';

interface GuardedCase {
  name: string;
  url?: string;
  draft?: { into: string; text: string };
  click: string;
  /** "Sam L. · “Thank”": the reviewer as Yelp names them, then the control. */
  who: string;
  badge: string | null;
  risk: string;
  happens: string;
  events: string[];
}

const GUARDED: GuardedCase[] = [
  {
    name: 'Thank on a review by "Sam L." (the client Sam Lee?)',
    click: at('thank:sam'),
    who: 'Sam L. · “Thank”',
    badge: POSSIBLE,
    risk: PRIVATE_RISKS['review.respond'] as string,
    happens: 'thank:sam',
    events: ['click:thank:sam'],
  },
  {
    name: 'Comment on a review by "Sam L."',
    click: at('open-comment:sam'),
    who: 'Sam L. · “Comment”',
    badge: POSSIBLE,
    risk: ACTION_RISKS['review.respond'] as string,
    happens: 'open-comment:sam',
    events: ['click:open-comment:sam'],
  },
  {
    name: 'Send of the public comment under "Sam L."’s review',
    draft: { into: SAM_FIELD, text: 'Thank you for your kind words.' },
    click: at('comment:sam'),
    who: 'Sam L. · “Send”',
    badge: POSSIBLE,
    risk: ACTION_RISKS['review.respond'] as string,
    happens: 'comment:sam=Thank you for your kind words.',
    events: ['click:comment:sam'],
  },
  {
    name: 'Direct message on a review by a reviewer who is not a client (every response is guarded)',
    click: at('open-message:taylor'),
    who: 'Taylor K. · “Direct message”',
    badge: null,
    risk: PRIVATE_RISKS['review.respond'] as string,
    happens: 'open-message:taylor',
    events: ['click:open-message:taylor'],
  },
  {
    name: 'Send of a direct message to "Robin P." (a client by Yelp name)',
    draft: { into: `${at('message:robin')} textarea`, text: 'Please call the office.' },
    click: `${at('message:robin')} button[type="submit"]`,
    who: 'Robin P. · “Send”',
    badge: ON_LIST,
    risk: PRIVATE_RISKS['review.respond'] as string,
    happens: 'message:robin=Please call the office.',
    events: ['click:message:robin', 'submit:message:robin'],
  },
  {
    name: 'Send in a message dialog opened over the reviews page',
    draft: { into: DIALOG_FIELD, text: 'Please call the office.' },
    click: at('message:taylor-dialog'),
    who: '“Send”',
    badge: null,
    risk: PRIVATE_RISKS['review.respond'] as string,
    happens: 'message:taylor-dialog=Please call the office.',
    events: ['click:message:taylor-dialog'],
  },
  {
    name: 'Respond publicly on yelp.com (owner view; unverified label)',
    url: PUBLIC_PAGE,
    click: at('respond:sam'),
    who: 'Sam L. · “Respond publicly”',
    badge: POSSIBLE,
    risk: ACTION_RISKS['review.respond'] as string,
    happens: 'respond:sam',
    events: ['click:respond:sam'],
  },
];

async function actOn(c: Pick<GuardedCase, 'url' | 'draft' | 'click'>): Promise<{ p: Page; before: FixtureRecord }> {
  const p = await open(c.url);
  if (c.draft) {
    await p.locator(c.draft.into).click();
    await p.keyboard.type(c.draft.text);
  }
  const before = await fixtureRecord(p);
  await p.locator(c.click).click();
  return { p, before };
}

function expectReviewPolicy(view: ReminderView): void {
  expect(view.question).toBe('Respond to this review?');
  expect(view.policy).toContain(CLAUSE_TITLES.reviews);
  expect(view.policy).toContain(SEED_CLAUSES.reviews.text);
  expect(view.text).toContain(GENERIC_REPLY);
}

it('imports the client list, with a Yelp display name', () => {
  expect(importResult).toMatch(/Imported 2 clients/);
});

describe.each(GUARDED.map((c) => [c.name, c]))('guarded: %s', (_, c) => {
  it('the reminder names the reviewer, says whether they may be a client, and carries the risk and the generic reply', async () => {
    const { p } = await actOn(c);
    const view = await waitForReminder(p);
    expect(view.role).toBe('alertdialog');
    expect(view.choices).toEqual(['proceed', 'stop']);
    expect(view.focused).toBe('stop');
    expect(view.who).toBe(c.who);
    expect(view.badge).toBe(c.badge);
    expect(view.text).toContain(c.risk);
    expectReviewPolicy(view);
    await choose(p, 'stop');
  });

  it('Stop: the page never sees the click and nothing is sent', async () => {
    const { p, before } = await actOn(c);
    await waitForReminder(p);
    await choose(p, 'stop');
    expect(await fixtureRecord(p)).toEqual(before);
    if (c.draft) expect(await p.locator(c.draft.into).inputValue()).toBe(c.draft.text);
    expect(await reminderShown(p)).toBe(false);
  });

  it('Proceed: the response happens exactly once, and the reminder does not come back', async () => {
    const { p, before } = await actOn(c);
    await waitForReminder(p);
    await choose(p, 'proceed');
    const after = await fixtureRecord(p);
    expect(after.actions).toEqual([...before.actions, c.happens]);
    expect(after.seen).toEqual([...before.seen, ...c.events]);
    expect(await reminderShown(p)).toBe(false);
  });
});

describe('a response in two steps', () => {
  it('Comment, then its Send, for the same reviewer: asked once', async () => {
    const p = await open();
    await p.locator(at('open-comment:sam')).click();
    await waitForReminder(p);
    await choose(p, 'proceed');
    await p.locator(SAM_FIELD).click();
    await p.keyboard.type('Thank you.');
    await p.locator(at('comment:sam')).click();
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual(['open-comment:sam', 'comment:sam=Thank you.']);
  });

  it('a Proceed on Direct message does not cover a public comment to the same reviewer', async () => {
    const p = await open();
    await p.locator(at('open-message:sam')).click();
    await waitForReminder(p);
    await choose(p, 'proceed');
    await p.locator(SAM_FIELD).click();
    await p.keyboard.type('Thank you.');
    const before = await fixtureRecord(p);
    await p.locator(at('comment:sam')).click();
    const view = await waitForReminder(p);
    expect(view.text).toContain(ACTION_RISKS['review.respond']);
    await choose(p, 'stop');
    expect(await fixtureRecord(p)).toEqual(before);
  });
});

interface PassCase {
  name: string;
  url?: string;
  click: string;
  happens: string;
}

const UNGUARDED: PassCase[] = [
  { name: 'Cancel under a comment', click: at('cancel:sam'), happens: 'cancel:sam' },
  { name: 'Report review (a link)', click: at('report:sam'), happens: 'report:sam' },
  { name: 'Load more', click: at('load-more'), happens: 'load-more' },
  { name: 'the Inbox link', click: at('nav:inbox'), happens: 'nav:inbox' },
  { name: 'Edit on an earlier response', click: at('edit:jordan'), happens: 'edit:jordan' },
  { name: 'the "Thanks" reaction on yelp.com (not "Thank")', url: PUBLIC_PAGE, click: at('thanks:sam'), happens: 'thanks:sam' },
  { name: 'the "Helpful" reaction on yelp.com', url: PUBLIC_PAGE, click: at('helpful:sam'), happens: 'helpful:sam' },
  { name: 'Write a review on yelp.com', url: PUBLIC_PAGE, click: at('write-review'), happens: 'write-review' },
];

describe.each(UNGUARDED.map((c) => [c.name, c]))('not guarded: %s', (_, c) => {
  it('passes untouched: no reminder, the action happens exactly once', async () => {
    const p = await open(c.url);
    const before = await fixtureRecord(p);
    await p.locator(c.click).click();
    expect(await reminderShown(p)).toBe(false);
    const after = await fixtureRecord(p);
    expect(after.actions).toEqual([...before.actions, c.happens]);
    expect(after.seen).toEqual([...before.seen, `click:${c.happens}`]);
  });
});
