import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { choose, type FixtureRecord, fixtureRecord, type ReminderView, reminderShown, waitForReminder } from './support/page';
import { FIXTURES_DIR } from './support/server';
import { type Session, startSession } from './support/session';

/**
 * The built extension on X: hand-written pages (test/fixtures/x/, with the
 * harness standing in for X's listeners) and the two real saved x.com pages,
 * on x.com and twitter.com. Stop must keep every guarded event from the page,
 * Proceed must let the action happen exactly once.
 */

// As a spreadsheet saves it: byte-order mark, CRLF, its own column order and header case; X handles in three spellings.
const CLIENTS_CSV = [
  '\uFEFFX,name,Aliases',
  '@maria_perez,María Pérez,Maria Perez',
  'https://twitter.com/lucia_gomez,Lucía Gómez,',
  // Two accounts of the real home page, put on the list for these tests: one in "Who to follow", one author.
  'x.com/sonofalli,Alli Example,',
  'hasufl,Hasu Example,',
  '',
].join('\r\n');

let s: Session;
let importResult = '';
let page: Page | null = null;
/** Set by cases on the real saved pages: their own images, scripts and styles fail to load, and that is theirs, not ours. */
let ownRequestsOf: string | null = null;

beforeAll(async () => {
  s = await startSession({ certDir: inject('e2eCertDir') });
  importResult = await s.importClients(CLIENTS_CSV);
});

afterAll(async () => {
  await s?.close();
});

/** The real pages' markup names every resource it loads; anything else (a fetch, a beacon) would be the extension's. */
function notThePagesOwn(requests: string[], file: string | null): string[] {
  if (!file) return requests;
  const html = readFileSync(join(FIXTURES_DIR, file), 'utf8').replaceAll('&amp;', '&');
  return requests.filter((r) => {
    const url = r.split(' ')[1] ?? '';
    const { pathname, search, origin } = new URL(url);
    return !(html.includes(url) || html.includes(`${origin}${pathname}`) || html.includes(`${pathname.slice(1)}${search}`));
  });
}

afterEach(async () => {
  await page?.close();
  page = null;
  // The privacy promise, after every case: nothing went anywhere but the fixture pages.
  expect(notThePagesOwn(s.network.unexpected(), ownRequestsOf)).toEqual([]);
  ownRequestsOf = null;
  s.network.reset();
});

async function open(url: string): Promise<Page> {
  page = await s.open(url);
  return page;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const at = (action: string) => `[data-fixture-action="${action}"]`;
const control = (action: string) => `${at(action)}:not([data-fixture-enter])`;
const editor = (action: string) => `${at(action)}[data-fixture-enter]`;

async function typeInto(p: Page, selector: string, text: string): Promise<void> {
  await p.locator(selector).click();
  await p.keyboard.type(text);
}

async function fieldText(p: Page, selector: string): Promise<string> {
  const field = p.locator(selector);
  const text = (await field.evaluate((el) => el instanceof HTMLTextAreaElement))
    ? await field.inputValue()
    : ((await field.textContent()) ?? '');
  return text.trim();
}

it('imports the X client list through the options page', () => {
  expect(importResult).toMatch(/Imported 4 clients/);
});

interface GuardedCase {
  name: string;
  url: string;
  draft?: { into: string; text: string };
  act: { click: string } | { keys: string; in: string };
  question: string;
  /** The person as the page names them; the reminder shows it (then the handle). */
  person?: string;
  mention?: string;
  client: boolean;
  happens: string;
  event: string;
}

const GUARDED: GuardedCase[] = [
  {
    name: 'Follow back in a client’s profile header',
    url: 'https://x.com/maria_perez',
    act: { click: control('follow-back:maria') },
    question: 'Follow back?',
    person: 'María Pérez',
    client: true,
    happens: 'follow-back:maria',
    event: 'click:follow-back:maria',
  },
  {
    name: 'Follow back of a follower who is not a client (any follow back is guarded by default)',
    url: 'https://x.com/dana_therapist/followers',
    act: { click: control('follow-back:sam') },
    question: 'Follow back?',
    person: 'Sam Lee',
    client: false,
    happens: 'follow-back:sam',
    event: 'click:follow-back:sam',
  },
  {
    name: 'Follow in a client’s hover card',
    url: 'https://x.com/search?q=running',
    act: { click: control('follow:maria-hovercard') },
    question: 'Follow this person?',
    person: 'María Pérez',
    client: true,
    happens: 'follow:maria-hovercard',
    event: 'click:follow:maria-hovercard',
  },
  {
    name: '"Follow @…" in the More menu of a client’s post',
    url: 'https://x.com/maria_perez/status/1790000000000000001',
    act: { click: control('follow:maria-menu') },
    question: 'Follow this person?',
    client: true,
    happens: 'follow:maria-menu',
    event: 'click:follow:maria-menu',
  },
  {
    name: 'Accept on a client’s follower request',
    url: 'https://x.com/follower_requests',
    act: { click: control('accept:maria') },
    question: 'Accept this request?',
    person: 'María Pérez',
    client: true,
    happens: 'accept:maria',
    event: 'click:accept:maria',
  },
  {
    name: 'Reply on a client’s post (the opening step)',
    url: 'https://x.com/compose/post',
    act: { click: control('reply:maria') },
    question: 'Reply to this person?',
    person: 'María Pérez',
    client: true,
    happens: 'reply:maria',
    event: 'click:reply:maria',
  },
  {
    name: 'Ctrl+Enter in the reply dialog of a client’s post (sent through the Reply button)',
    url: 'https://x.com/compose/post',
    draft: { into: editor('reply-send:maria'), text: 'Thinking of you' },
    act: { keys: 'Control+Enter', in: editor('reply-send:maria') },
    question: 'Reply to this person?',
    person: 'María Pérez',
    client: true,
    happens: 'reply-send:maria=Thinking of you',
    event: 'click:reply-send:maria',
  },
  {
    name: 'the inline Reply button on a client’s post page',
    url: 'https://x.com/maria_perez/status/1790000000000000001',
    draft: { into: editor('reply-inline:maria'), text: 'Here if you need anything' },
    act: { click: control('reply-inline:maria') },
    question: 'Reply to this person?',
    person: 'María Pérez',
    client: true,
    happens: 'reply-inline:maria=Here if you need anything',
    event: 'click:reply-inline:maria',
  },
  {
    name: 'Post in the new-post dialog naming a client (on twitter.com)',
    url: 'https://twitter.com/compose/post',
    draft: { into: editor('post'), text: 'Saw Maria Perez at the race today' },
    act: { click: control('post') },
    question: 'Post this text?',
    mention: 'Maria Perez',
    client: true,
    happens: 'post=Saw Maria Perez at the race today',
    event: 'click:post',
  },
  {
    name: 'Enter in X Chat with a client',
    url: 'https://x.com/i/chat/1500000000-1500000001',
    draft: { into: editor('dm:maria'), text: 'Can we move Tuesday?' },
    act: { keys: 'Enter', in: editor('dm:maria') },
    question: 'Send this message?',
    person: 'María Pérez',
    client: true,
    happens: 'dm:maria=Can we move Tuesday?',
    event: 'click:dm:maria',
  },
  {
    name: 'the send button of the older Messages composer, to a client',
    url: 'https://x.com/messages/1500000000-1500000001',
    draft: { into: editor('dm:maria'), text: 'See you then' },
    act: { click: control('dm:maria') },
    question: 'Send this message?',
    person: 'María Pérez',
    client: true,
    happens: 'dm:maria=See you then',
    event: 'click:dm:maria',
  },
  {
    name: '"Seguir también" on a Spanish profile page',
    url: 'https://x.com/lucia_gomez',
    act: { click: control('follow-back:lucia') },
    question: 'Follow back?',
    person: 'Lucía Gómez',
    client: true,
    happens: 'follow-back:lucia',
    event: 'click:follow-back:lucia',
  },
  {
    name: '"Aceptar" on a Spanish follower request (on twitter.com)',
    url: 'https://twitter.com/follower_requests',
    act: { click: control('accept:lucia') },
    question: 'Accept this request?',
    person: 'Lucía Gómez',
    client: true,
    happens: 'accept:lucia',
    event: 'click:accept:lucia',
  },
];

/**
 * Presses keys such as "Control+Enter" in the focused field. The page sees the
 * modifier's own keydown, which is not the send: the record is taken after it
 * and returned, so a case compares what the send itself did.
 */
async function press(p: Page, keys: string): Promise<FixtureRecord> {
  const parts = keys.split('+');
  const key = parts.pop() as string;
  for (const m of parts) await p.keyboard.down(m);
  const before = await fixtureRecord(p);
  await p.keyboard.press(key);
  for (const m of parts.reverse()) await p.keyboard.up(m);
  return before;
}

/** Does what the case does; returns what the page had recorded just before the guarded event. */
async function perform(p: Page, act: GuardedCase['act']): Promise<FixtureRecord> {
  if ('click' in act) {
    const before = await fixtureRecord(p);
    await p.locator(act.click).click();
    return before;
  }
  await p.locator(act.in).focus();
  return press(p, act.keys);
}

async function actOn(c: GuardedCase): Promise<{ p: Page; before: FixtureRecord }> {
  const p = await open(c.url);
  if (c.draft) await typeInto(p, c.draft.into, c.draft.text);
  return { p, before: await perform(p, c.act) };
}

function expectWho(view: ReminderView, c: GuardedCase): void {
  expect(view.question).toBe(c.question);
  if (c.person) expect(view.who).toMatch(new RegExp(`^${literal(c.person)} \\(@[a-z_]+\\) · “`));
  if (c.mention) expect(view.badge).toBe(`Names someone on your client list: “${c.mention}”`);
  else if (c.client) expect(view.badge).toBe('On your client list');
  else expect(view.badge).toBeNull();
}

describe.each(GUARDED.map((c) => [c.name, c]))('guarded: %s', (_, c) => {
  it('shows the reminder with the question and the person as the page names them', async () => {
    const { p } = await actOn(c);
    const view = await waitForReminder(p);
    expect(view.role).toBe('alertdialog');
    expect(view.focused).toBe('stop');
    expectWho(view, c);
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
    expect(after.seen).toEqual([...before.seen, c.event]);
    expect(await reminderShown(p)).toBe(false);
  });
});

interface PassCase {
  name: string;
  url: string;
  draft?: { into: string; text: string };
  act: GuardedCase['act'];
  happens: string;
  event: string;
}

const UNGUARDED: PassCase[] = [
  {
    name: 'Follow of a stranger suggested in the sidebar',
    url: 'https://x.com/maria_perez',
    act: { click: control('follow:jordan') },
    happens: 'follow:jordan',
    event: 'click:follow:jordan',
  },
  {
    name: 'Following (unfollow) in the followers list',
    url: 'https://x.com/dana_therapist/followers',
    act: { click: control('unfollow:alex') },
    happens: 'unfollow:alex',
    event: 'click:unfollow:alex',
  },
  {
    name: 'Decline on a client’s follower request',
    url: 'https://x.com/follower_requests',
    act: { click: control('decline:maria') },
    happens: 'decline:maria',
    event: 'click:decline:maria',
  },
  {
    name: 'Like on a client’s post',
    url: 'https://x.com/search?q=running',
    act: { click: control('like:maria') },
    happens: 'like:maria',
    event: 'click:like:maria',
  },
  {
    name: 'Bookmark on a client’s post',
    url: 'https://x.com/search?q=running',
    act: { click: control('bookmark:maria') },
    happens: 'bookmark:maria',
    event: 'click:bookmark:maria',
  },
  {
    name: 'a plain Repost of a client’s post',
    url: 'https://x.com/compose/tweet',
    act: { click: control('repost:maria') },
    happens: 'repost:maria',
    event: 'click:repost:maria',
  },
  {
    name: 'Reply on a stranger’s post',
    url: 'https://x.com/compose/post',
    act: { click: control('reply:jordan') },
    happens: 'reply:jordan',
    event: 'click:reply:jordan',
  },
  {
    name: 'a new post without a client’s name',
    url: 'https://twitter.com/compose/post',
    draft: { into: editor('post'), text: 'Lovely weather for a run' },
    act: { keys: 'Control+Enter', in: editor('post') },
    happens: 'post=Lovely weather for a run',
    event: 'keydown:post',
  },
  {
    name: 'a navigation link',
    url: 'https://x.com/search?q=running',
    act: { click: control('nav:home') },
    happens: 'nav:home',
    event: 'click:nav:home',
  },
];

describe.each(UNGUARDED.map((c) => [c.name, c]))('not guarded: %s', (_, c) => {
  it('passes untouched: no reminder, the action happens exactly once', async () => {
    const p = await open(c.url);
    if (c.draft) await typeInto(p, c.draft.into, c.draft.text);
    const before = await perform(p, c.act);
    expect(await reminderShown(p)).toBe(false);
    const after = await fixtureRecord(p);
    expect(after.actions).toEqual([...before.actions, c.happens]);
    expect(after.seen).toEqual([...before.seen, c.event]);
  });
});

describe('composers', () => {
  it('a Proceed at Reply covers the send in the reply dialog, for that person, once', async () => {
    const p = await open('https://x.com/compose/post');
    await p.locator(control('reply:maria')).click();
    expect((await waitForReminder(p)).question).toBe('Reply to this person?');
    await choose(p, 'proceed');
    await typeInto(p, editor('reply-send:maria'), 'Thinking of you');
    await press(p, 'Control+Enter');
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual(['reply:maria', 'reply-send:maria=Thinking of you']);
    // The next reply is a new decision.
    await typeInto(p, editor('reply-send:maria'), 'One more thing');
    const before = await press(p, 'Control+Enter');
    expect((await waitForReminder(p)).who).toContain('María Pérez');
    await choose(p, 'stop');
    expect(await fixtureRecord(p)).toEqual(before);
  });

  it('plain Enter in a post is a newline; Ctrl+Enter then sends both lines once', async () => {
    const p = await open('https://x.com/compose/post');
    await typeInto(p, editor('reply-send:maria'), 'Line one');
    await p.keyboard.press('Enter');
    await p.keyboard.type('line two');
    expect(await reminderShown(p)).toBe(false);
    await press(p, 'Control+Enter');
    await waitForReminder(p);
    await choose(p, 'proceed');
    expect((await fixtureRecord(p)).actions).toEqual(['reply-send:maria=Line one\nline two']);
  });

  it('Shift+Enter in X Chat is a newline, not a send', async () => {
    const p = await open('https://x.com/i/chat/1500000000-1500000001');
    await typeInto(p, editor('dm:maria'), 'First line');
    await p.keyboard.press('Shift+Enter');
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual([]);
    expect(await fieldText(p, editor('dm:maria'))).toBe('First line');
  });

  it('Quote in the Repost menu asks first; Stop keeps the composer from opening', async () => {
    const p = await open('https://x.com/compose/tweet');
    await p.locator(control('repost-menu:maria')).click();
    expect(await reminderShown(p)).toBe(false);
    await p.locator(control('quote:maria')).click();
    const view = await waitForReminder(p);
    expect(view.question).toBe('Reply to this person?');
    expect(view.who).toMatch(/^María Pérez \(@maria_perez\) · “Quote”/);
    await choose(p, 'stop');
    expect((await fixtureRecord(p)).actions).toEqual(['repost-menu:maria']);
    expect(p.url()).toBe('https://x.com/compose/tweet');
  });
});

/** A stand-in for X's own listeners on the real pages (their scripts were removed): capture and bubble on the app root. */
async function listenOnRoot(p: Page): Promise<void> {
  await p.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __rootSeen: string[] }).__rootSeen = seen;
    const root = document.getElementById('react-root');
    if (!root) throw new Error('no #react-root');
    for (const capture of [true, false]) {
      root.addEventListener(
        'click',
        (e) => seen.push(`${capture ? 'capture' : 'bubble'}:${(e.target as Element).closest('button')?.getAttribute('aria-label')}`),
        capture,
      );
    }
  });
}

async function rootSeen(p: Page): Promise<string[]> {
  return p.evaluate(() => [...(window as unknown as { __rootSeen: string[] }).__rootSeen]);
}

describe.each([['x.com'], ['twitter.com']])('the real saved home page on %s', (host) => {
  const follow = (handle: string) => `[data-testid="UserCell"] button[aria-label="Follow @${handle}"]`;

  async function openHome(): Promise<Page> {
    ownRequestsOf = 'x/home-2026-02.html';
    const p = await open(`https://${host}/home`);
    await listenOnRoot(p);
    return p;
  }

  /**
   * In this capture a pointer cannot reach "Who to follow": Control Panel for
   * Twitter's saved style hides the box and the saved layout clips the sidebar
   * column. The click is dispatched on the button itself, as a real click
   * would arrive (bubbling, composed); the page's root listener is the judge.
   */
  async function clickFollow(p: Page, handle: string): Promise<void> {
    await p.locator(follow(handle)).dispatchEvent('click');
  }

  it('Follow on a client in "Who to follow": the reminder names them; Stop keeps the click from the page', async () => {
    const p = await openHome();
    await clickFollow(p, 'sonofalli');
    const view = await waitForReminder(p);
    expect(view.question).toBe('Follow this person?');
    expect(view.who).toMatch(/^alli \(@sonofalli\) · “Follow”/);
    expect(view.badge).toBe('On your client list');
    await choose(p, 'stop');
    expect(await rootSeen(p)).toEqual([]);
    expect(await reminderShown(p)).toBe(false);
  });

  it('Proceed: the page sees the click once', async () => {
    const p = await openHome();
    await clickFollow(p, 'sonofalli');
    await waitForReminder(p);
    await choose(p, 'proceed');
    expect(await rootSeen(p)).toEqual(['capture:Follow @sonofalli', 'bubble:Follow @sonofalli']);
    expect(await reminderShown(p)).toBe(false);
  });

  it('Follow on someone not on the list passes untouched', async () => {
    const p = await openHome();
    await clickFollow(p, 'hwchase17');
    expect(await reminderShown(p)).toBe(false);
    expect(await rootSeen(p)).toEqual(['capture:Follow @hwchase17', 'bubble:Follow @hwchase17']);
  });

  it('Reply on a client’s post, clicked with the pointer: the reminder names its author, not the quoted one; Stop keeps it from the page', async () => {
    const p = await openHome();
    // Hasu's post quotes @Xeer; only the author counts.
    const reply = p
      .locator('article[data-testid="tweet"]:has([data-testid="User-Name"] a[href="https://x.com/hasufl"])')
      .first()
      .locator('[data-testid="reply"]');
    await reply.click();
    const view = await waitForReminder(p);
    expect(view.question).toBe('Reply to this person?');
    expect(view.who).toMatch(/^Hasu \(@hasufl\) · “Reply”/);
    expect(view.badge).toBe('On your client list');
    await choose(p, 'stop');
    expect(await rootSeen(p)).toEqual([]);
    await reply.click();
    await waitForReminder(p);
    await choose(p, 'proceed');
    expect(await rootSeen(p)).toEqual(['capture:16 Replies. Reply', 'bubble:16 Replies. Reply']);
  });
});

describe('the real saved profile page', () => {
  it('Follow in the header of a profile not on the list passes untouched', async () => {
    ownRequestsOf = 'x/profile-2026-02.html';
    const p = await open('https://x.com/badlogicgames');
    await listenOnRoot(p);
    await p.locator('[data-testid="placementTracking"] [data-testid$="-follow"]').click();
    expect(await reminderShown(p)).toBe(false);
    expect(await rootSeen(p)).toEqual(['capture:Follow @badlogicgames', 'bubble:Follow @badlogicgames']);
  });
});
