import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEED_CLAUSES } from '../../src/policy/seed';
import { CLAUSE_TITLES, type ClauseId } from '../../src/policy/vocabulary';
import { choose, type FixtureRecord, fixtureRecord, type ReminderView, reminderShown, waitForReminder } from './support/page';
import { type Session, startSession } from './support/session';

/**
 * The built extension on hand-written Instagram pages (test/fixtures/instagram/),
 * with a client list imported through the options page. The harness on each page
 * stands in for Instagram's own listeners: Stop must keep every guarded event from
 * them, Proceed must let the action happen exactly once.
 */

const IG = 'https://www.instagram.com';

const CLIENTS_CSV = [
  'name,aliases,instagram,yelp',
  '"María José Pérez","Maria Perez; María Pérez",https://www.instagram.com/maria.perez/,',
  'Sam Lee,,@sam.lee,',
  '',
].join('\r\n');

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
  // The privacy promise, after every case: nothing went anywhere but the fixture pages.
  expect(s.network.unexpected()).toEqual([]);
  s.network.reset();
});

async function open(url: string): Promise<Page> {
  page = await s.open(url.startsWith('https://') ? url : `${IG}${url}`);
  return page;
}

const at = (action: string) => `[data-fixture-action="${action}"]`;
const reEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Act = { click: string } | { enter: string };

interface GuardedCase {
  name: string;
  url: string;
  draft?: { into: string; text: string };
  act: Act;
  question: string;
  /** How the reminder names the person ("María José Pérez (@maria.perez)", "@sam.lee"), or '' for none. */
  person: string;
  badge: string | null;
  clause: ClauseId;
  /** What the harness records when the action happens, and the events the page then sees. */
  happens: string;
  events: string[];
}

const ON_LIST = 'On your client list';

const GUARDED: GuardedCase[] = [
  {
    name: 'Follow Back on a client’s profile',
    url: '/maria.perez/',
    act: { click: at('follow-back:maria') },
    question: 'Follow back?',
    person: 'María Pérez (@maria.perez)',
    badge: ON_LIST,
    clause: 'following',
    happens: 'follow-back:maria',
    events: ['click:follow-back:maria'],
  },
  {
    name: 'Follow Back on the bare host instagram.com',
    url: 'https://instagram.com/maria.perez/',
    act: { click: at('follow-back:maria') },
    question: 'Follow back?',
    person: 'María Pérez (@maria.perez)',
    badge: ON_LIST,
    clause: 'following',
    happens: 'follow-back:maria',
    events: ['click:follow-back:maria'],
  },
  {
    name: 'Follow Back on a suggested account that is not a client (any follow back is guarded)',
    url: '/',
    act: { click: at('follow-back:suggested-alex') },
    question: 'Follow back?',
    person: '@alex.kim',
    badge: null,
    clause: 'following',
    happens: 'follow-back:suggested-alex',
    events: ['click:follow-back:suggested-alex'],
  },
  {
    name: 'Follow Back in the followers list',
    url: '/dana.therapist/followers/',
    act: { click: at('follow-back:maria-row') },
    question: 'Follow back?',
    person: 'María Pérez (@maria.perez)',
    badge: ON_LIST,
    clause: 'following',
    happens: 'follow-back:maria-row',
    events: ['click:follow-back:maria-row'],
  },
  {
    name: 'Follow on a client’s profile',
    url: '/sam.lee/',
    act: { click: at('follow:sam-profile') },
    question: 'Follow this person?',
    person: '@sam.lee',
    badge: ON_LIST,
    clause: 'following',
    happens: 'follow:sam-profile',
    events: ['click:follow:sam-profile'],
  },
  {
    name: 'Confirm a client’s follow request',
    url: '/accounts/activity/?followRequests=1',
    act: { click: at('accept:maria') },
    question: 'Accept this request?',
    person: 'María Pérez (@maria.perez)',
    badge: ON_LIST,
    clause: 'friending',
    happens: 'accept:maria',
    events: ['click:accept:maria'],
  },
  {
    name: 'Confirm a stranger’s follow request (any accept is guarded)',
    url: '/accounts/activity/?followRequests=1',
    act: { click: at('accept:alex') },
    question: 'Accept this request?',
    person: 'Alex Kim (@alex.kim)',
    badge: null,
    clause: 'friending',
    happens: 'accept:alex',
    events: ['click:accept:alex'],
  },
  {
    name: 'Enter in the comment field of a client’s post (Proceed clicks Post, which submits the form)',
    url: '/p/C0ABC123/',
    draft: { into: `textarea${at('comment:post-maria')}`, text: 'Thinking of you' },
    act: { enter: `textarea${at('comment:post-maria')}` },
    question: 'Reply to this person?',
    person: '@maria.perez',
    badge: ON_LIST,
    clause: 'interacting',
    happens: 'comment:post-maria=Thinking of you',
    events: ['click:comment:post-maria', 'submit:comment:post-maria'],
  },
  {
    name: 'the Post submit button on a client’s post',
    url: '/p/C0ABC123/',
    draft: { into: `textarea${at('comment:post-maria')}`, text: 'Sending strength' },
    act: { click: `${at('comment:post-maria')} button[type="submit"]` },
    question: 'Reply to this person?',
    person: '@maria.perez',
    badge: ON_LIST,
    clause: 'interacting',
    happens: 'comment:post-maria=Sending strength',
    events: ['click:comment:post-maria', 'submit:comment:post-maria'],
  },
  {
    name: 'the Post button of a client’s post in the feed (not the commenter above the field)',
    url: '/',
    draft: { into: `textarea${at('comment:feed-maria')}`, text: 'Hugs' },
    act: { click: `[role="button"]${at('comment:feed-maria')}` },
    question: 'Reply to this person?',
    person: '@maria.perez',
    badge: ON_LIST,
    clause: 'interacting',
    happens: 'comment:feed-maria=Hugs',
    events: ['click:comment:feed-maria'],
  },
  {
    name: 'Enter in a reel’s comment input (Proceed clicks Post)',
    url: '/reels/C1REEL456/',
    draft: { into: `input${at('comment:reel-maria')}`, text: 'Great pace!' },
    act: { enter: `input${at('comment:reel-maria')}` },
    question: 'Reply to this person?',
    person: '@maria.perez',
    badge: ON_LIST,
    clause: 'interacting',
    happens: 'comment:reel-maria=Great pace!',
    events: ['click:comment:reel-maria'],
  },
  {
    name: 'Enter in a DM thread with a client (Proceed clicks Send)',
    url: '/direct/t/340282366841710300949128132/',
    draft: { into: `[contenteditable]${at('message:maria')}`, text: 'We can talk on Tuesday' },
    act: { enter: `[contenteditable]${at('message:maria')}` },
    question: 'Send this message?',
    person: 'María Pérez (@maria.perez)',
    badge: ON_LIST,
    clause: 'interacting',
    happens: 'message:maria=We can talk on Tuesday',
    events: ['click:message:maria'],
  },
  {
    name: 'the Send button in a DM thread with a client',
    url: '/direct/t/340282366841710300949128132/',
    draft: { into: `[contenteditable]${at('message:maria')}`, text: 'Please call the office' },
    act: { click: `[role="button"]${at('message:maria')}` },
    question: 'Send this message?',
    person: 'María Pérez (@maria.perez)',
    badge: ON_LIST,
    clause: 'interacting',
    happens: 'message:maria=Please call the office',
    events: ['click:message:maria'],
  },
  {
    name: 'a DM to a stranger that names a client',
    url: '/direct/t/340282366841710300949128777/',
    draft: { into: `textarea${at('message:alex')}`, text: 'Maria Perez says hi' },
    act: { enter: `textarea${at('message:alex')}` },
    question: 'Send this message?',
    person: 'Alex Kim (@alex.kim)',
    badge: 'Names someone on your client list: “Maria Perez”',
    clause: 'interacting',
    happens: 'message:alex=Maria Perez says hi',
    events: ['click:message:alex', 'submit:message:alex'],
  },
  {
    name: 'Share in the create-post dialog with a client’s name in the caption',
    url: '/create/details/',
    draft: { into: at('caption'), text: 'So proud of Maria Perez for finishing her first 10k!' },
    act: { click: at('share') },
    question: 'Post this text?',
    person: '',
    badge: 'Names someone on your client list: “Maria Perez”',
    clause: 'interacting',
    happens: 'share=So proud of Maria Perez for finishing her first 10k!',
    events: ['click:share'],
  },
];

async function typeDraft(p: Page, selector: string, text: string): Promise<void> {
  await p.locator(selector).click();
  await p.keyboard.type(text);
}

async function perform(p: Page, act: Act): Promise<void> {
  if ('click' in act) await p.locator(act.click).click();
  else {
    await p.locator(act.enter).focus();
    await p.keyboard.press('Enter');
  }
}

async function actOn(c: Pick<GuardedCase, 'url' | 'draft' | 'act'>): Promise<{ p: Page; before: FixtureRecord }> {
  const p = await open(c.url);
  if (c.draft) await typeDraft(p, c.draft.into, c.draft.text);
  const before = await fixtureRecord(p);
  await perform(p, c.act);
  return { p, before };
}

async function fieldText(p: Page, selector: string): Promise<string> {
  return p.locator(selector).evaluate((el) => ('value' in el ? (el as HTMLTextAreaElement).value : (el.textContent ?? '')).trim());
}

function expectPolicy(view: ReminderView, clause: ClauseId): void {
  expect(view.policy).toContain(CLAUSE_TITLES[clause]);
  expect(view.policy).toContain(SEED_CLAUSES[clause].text);
}

it('imports the client list with Instagram handles given as a URL and with @', () => {
  expect(importResult).toMatch(/Imported 2 clients/);
});

describe.each(GUARDED.map((c) => [c.name, c]))('guarded: %s', (_, c) => {
  it('shows the reminder with the question, the person, the client badge and the policy clause', async () => {
    const { p } = await actOn(c);
    const view = await waitForReminder(p);
    expect(view.role).toBe('alertdialog');
    expect(view.choices).toEqual(['proceed', 'stop']);
    expect(view.question).toBe(c.question);
    if (c.person) expect(view.who).toMatch(new RegExp(`^${reEscape(c.person)} · “`));
    else expect(view.who).toMatch(/^“/);
    expect(view.badge).toBe(c.badge);
    expectPolicy(view, c.clause);
    await choose(p, 'stop');
  });

  it('Stop: the page never sees the event and nothing happens', async () => {
    const { p, before } = await actOn(c);
    await waitForReminder(p);
    await choose(p, 'stop');
    expect(await fixtureRecord(p)).toEqual(before);
    if (c.draft) expect(await fieldText(p, c.draft.into)).toBe(c.draft.text);
    expect(await reminderShown(p)).toBe(false);
  });

  it('Proceed: the action happens exactly once, and the reminder does not come back', async () => {
    const { p, before } = await actOn(c);
    await waitForReminder(p);
    await choose(p, 'proceed');
    const after = await fixtureRecord(p);
    expect(after.actions).toEqual([...before.actions, c.happens]);
    expect(after.seen).toEqual([...before.seen, ...c.events]);
    expect(await reminderShown(p)).toBe(false);
  });
});

interface PassCase {
  name: string;
  url: string;
  draft?: { into: string; text: string };
  act: Act;
  happens: string;
  event: string;
}

const UNGUARDED: PassCase[] = [
  {
    name: 'Follow on a stranger in the followers list',
    url: '/dana.therapist/followers/',
    act: { click: at('follow:jordan-row') },
    happens: 'follow:jordan-row',
    event: 'click:follow:jordan-row',
  },
  {
    name: '"Following" (whole-text match: not "Follow")',
    url: '/dana.therapist/followers/',
    act: { click: at('following:alex-row') },
    happens: 'following:alex-row',
    event: 'click:following:alex-row',
  },
  {
    name: '"Requested"',
    url: '/dana.therapist/followers/',
    act: { click: at('requested:chris-row') },
    happens: 'requested:chris-row',
    event: 'click:requested:chris-row',
  },
  {
    name: 'Delete on a client’s follow request',
    url: '/accounts/activity/?followRequests=1',
    act: { click: at('delete:maria') },
    happens: 'delete:maria',
    event: 'click:delete:maria',
  },
  {
    name: 'a "Confirm" that answers a prompt, not a request',
    url: '/accounts/activity/?followRequests=1',
    act: { click: at('confirm:prompt') },
    happens: 'confirm:prompt',
    event: 'click:confirm:prompt',
  },
  { name: 'Like on a client’s post', url: '/p/C0ABC123/', act: { click: at('like:post') }, happens: 'like:post', event: 'click:like:post' },
  { name: 'Save on a client’s post', url: '/p/C0ABC123/', act: { click: at('save:post') }, happens: 'save:post', event: 'click:save:post' },
  {
    name: 'a navigation link',
    url: '/maria.perez/',
    act: { click: at('nav:explore') },
    happens: 'nav:explore',
    event: 'click:nav:explore',
  },
  {
    name: 'the Message button on a client’s profile (opens a thread, sends nothing)',
    url: '/maria.perez/',
    act: { click: at('open-message:maria') },
    happens: 'open-message:maria',
    event: 'click:open-message:maria',
  },
  {
    name: 'a neutral comment on a stranger’s post',
    url: '/',
    draft: { into: `textarea${at('comment:feed-jordan')}`, text: 'Nice shot' },
    act: { enter: `textarea${at('comment:feed-jordan')}` },
    happens: 'comment:feed-jordan=Nice shot',
    event: 'keydown:comment:feed-jordan',
  },
  {
    name: 'a DM to a stranger, with a client in the conversation list',
    url: '/direct/t/340282366841710300949128777/',
    draft: { into: `textarea${at('message:alex')}`, text: 'See you at the gym' },
    act: { enter: `textarea${at('message:alex')}` },
    happens: 'message:alex=See you at the gym',
    event: 'keydown:message:alex',
  },
  {
    name: 'Share in the create-post dialog without a client’s name',
    url: '/create/details/',
    draft: { into: at('caption'), text: 'New office hours from Monday' },
    act: { click: at('share') },
    happens: 'share=New office hours from Monday',
    event: 'click:share',
  },
];

describe.each(UNGUARDED.map((c) => [c.name, c]))('not guarded: %s', (_, c) => {
  it('passes untouched: no reminder, the action happens exactly once', async () => {
    const { p, before } = await actOn(c);
    expect(await reminderShown(p)).toBe(false);
    const after = await fixtureRecord(p);
    expect(after.actions).toEqual([...before.actions, c.happens]);
    expect(after.seen).toEqual([...before.seen, c.event]);
  });
});

describe('reply to a client’s comment', () => {
  it('asks once at Reply; the send that starts with @username is covered, the next one is asked again', async () => {
    const p = await open('/p/C0ABC123/');
    await p.locator(at('reply:sam')).click();
    const view = await waitForReminder(p);
    expect(view.question).toBe('Reply to this person?');
    expect(view.who).toMatch(/^@sam\.lee · “Reply”/);
    expect(view.badge).toBe(ON_LIST);
    await choose(p, 'proceed');
    expect((await fixtureRecord(p)).actions).toEqual(['reply:sam']);

    // Instagram prefills "@username " in the field: the send answers that commenter, not the post's author.
    const field = `textarea${at('comment:post-maria')}`;
    await typeDraft(p, field, '@sam.lee hang in there');
    await p.keyboard.press('Enter');
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual(['reply:sam', 'comment:post-maria=@sam.lee hang in there']);

    await typeDraft(p, field, '@sam.lee one more thing');
    const before = await fixtureRecord(p);
    await p.keyboard.press('Enter');
    expect((await waitForReminder(p)).who).toMatch(/^@sam\.lee · “Enter”/);
    await choose(p, 'stop');
    expect(await fixtureRecord(p)).toEqual(before);
  });
});

describe('editors', () => {
  it('Shift+Enter in a comment is a newline, not a send; Enter then sends both lines once', async () => {
    const p = await open('/p/C0ABC123/');
    const field = `textarea${at('comment:post-maria')}`;
    await typeDraft(p, field, 'Line one');
    await p.keyboard.press('Shift+Enter');
    await p.keyboard.type('line two');
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual([]);
    await p.keyboard.press('Enter');
    await waitForReminder(p);
    await choose(p, 'proceed');
    expect((await fixtureRecord(p)).actions).toEqual(['comment:post-maria=Line one\nline two']);
  });

  it('Enter in the caption editor is a newline, never a post', async () => {
    const p = await open('/create/details/');
    await typeDraft(p, at('caption'), 'Maria Perez');
    const before = await fixtureRecord(p);
    await p.keyboard.press('Enter');
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual(before.actions);
    expect(await fieldText(p, at('caption'))).toBe('Maria Perez');
  });
});
