import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEED_CLAUSES } from '../../src/policy/seed';
import { CLAUSE_TITLES, type ClauseId } from '../../src/policy/vocabulary';
import {
  choose,
  type FixtureRecord,
  fixtureRecord,
  REMINDER_HOST,
  type ReminderView,
  reminderShown,
  waitForReminder,
} from './support/page';
import { type Session, startSession } from './support/session';

/**
 * The built extension on hand-written Facebook pages (test/fixtures/facebook/),
 * with a client list imported through the options page. The harness on each page
 * stands in for Facebook's own listeners: Stop must keep every guarded event from
 * them, Proceed must let the action happen exactly once.
 */

const FB = 'https://www.facebook.com';

// As a spreadsheet saves it: byte-order mark, CRLF, quoted fields, its own column order and header case.
const CLIENTS_CSV = [
  '\uFEFFName,Facebook,ALIASES,Instagram,X',
  `"María José Pérez",https://www.facebook.com/profile.php?id=100001234567890,"Maria Perez; María Pérez",maria.perez,`,
  'Samuel Lee,facebook.com/samuel.lee.5,Sam Lee,,',
  `Chris O'Neil,https://www.facebook.com/friends/requests/?profile_id=100009876543210,,,`,
  'Robin Hale,robin hale!!,,,',
  '',
].join('\r\n');

let s: Session;
let importResult = '';

beforeAll(async () => {
  s = await startSession({ certDir: inject('e2eCertDir') });
  importResult = await s.importClients(CLIENTS_CSV);
});

afterAll(async () => {
  await s?.close();
});

afterEach(async () => {
  // The privacy promise, after every case: nothing went anywhere but the fixture pages.
  expect(s.network.unexpected()).toEqual([]);
  s.network.reset();
});

/** A fresh load of a fixture page (in the one reused tab), with the guard live on it. */
function open(path: string): Promise<Page> {
  return s.visit(`${FB}${path}`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const at = (action: string) => `[data-fixture-action="${action}"]`;
const editor = (action: string) => `${at(action)}[contenteditable]`;
const button = (action: string) => `[role="button"]${at(action)}`;

/** Types a draft the way a person does, key by key, or as one paste-like insertion. */
async function typeDraft(p: Page, selector: string, text: string, paste = false): Promise<void> {
  await p.locator(selector).click();
  if (paste) await p.keyboard.insertText(text);
  else await p.keyboard.type(text);
}

async function editorText(p: Page, selector: string): Promise<string> {
  return ((await p.locator(selector).textContent()) ?? '').trim();
}

function expectPolicy(view: ReminderView, clause: ClauseId): void {
  expect(view.policy).toContain(CLAUSE_TITLES[clause]);
  expect(view.policy).toContain(SEED_CLAUSES[clause].text);
}

it('imports the client list through the options page and names the row it rejects', () => {
  expect(importResult).toMatch(/Imported 3 clients/);
  expect(importResult).toContain('Robin Hale');
  expect(importResult).toMatch(/malformed Facebook handle/);
});

interface GuardedCase {
  name: string;
  path: string;
  /** A draft typed into this editor first. */
  draft?: { into: string; text: string; paste?: boolean };
  /** What the therapist does: click a control, or press Enter in an editor. */
  act: { click: string } | { enter: string };
  /** The person as the page names them; the reminder must show it. */
  person: string;
  /** A client's name as typed in the draft, when the draft is what makes it guarded. */
  mention?: string;
  client: boolean;
  clause: ClauseId;
  /** What the harness records when the action happens, and the one event the page then sees. */
  happens: string;
  event: string;
}

const GUARDED: GuardedCase[] = [
  {
    name: "accepting a client's friend request on /friends/",
    path: '/friends/',
    act: { click: button('accept:maria') },
    person: 'María José Pérez',
    client: true,
    clause: 'friending',
    happens: 'accept:maria',
    event: 'click:accept:maria',
  },
  {
    name: "accepting a non-client's friend request on /friends/ (any accept is guarded by default)",
    path: '/friends/',
    act: { click: button('accept:jordan') },
    person: 'Jordan Smith',
    client: false,
    clause: 'friending',
    happens: 'accept:jordan',
    event: 'click:accept:jordan',
  },
  {
    name: 'accepting a friend request on /friends/requests/',
    path: '/friends/requests/',
    act: { click: button('accept:chris') },
    person: "Chris O'Neil",
    client: true,
    clause: 'friending',
    happens: 'accept:chris',
    event: 'click:accept:chris',
  },
  {
    name: 'Confirm request on the requester’s profile',
    path: '/maria.perez',
    act: { click: button('accept:maria-profile') },
    person: 'María Pérez',
    client: true,
    clause: 'friending',
    happens: 'accept:maria-profile',
    event: 'click:accept:maria-profile',
  },
  {
    name: 'Add friend on a suggestion card (a client)',
    path: '/friends/',
    act: { click: button('add:sam') },
    person: 'Samuel Lee',
    client: true,
    clause: 'friending',
    happens: 'add:sam',
    event: 'click:add:sam',
  },
  {
    name: 'Add friend on a stranger’s profile (any friend request is guarded)',
    path: '/alex.kim.9',
    act: { click: button('add:alex') },
    person: 'Alex Kim',
    client: false,
    clause: 'friending',
    happens: 'add:alex',
    event: 'click:add:alex',
  },
  {
    name: 'Follow on a client’s profile',
    path: '/maria.perez',
    act: { click: button('follow:maria') },
    person: 'María Pérez',
    client: true,
    clause: 'following',
    happens: 'follow:maria',
    event: 'click:follow:maria',
  },
  {
    name: 'Enter in the comment box of a client’s post',
    path: '/',
    draft: { into: editor('send-comment:post-maria'), text: 'So sorry to hear that' },
    act: { enter: editor('send-comment:post-maria') },
    person: 'María Pérez',
    client: true,
    clause: 'interacting',
    happens: 'send-comment:post-maria=So sorry to hear that',
    event: 'keydown:send-comment:post-maria',
  },
  {
    name: 'the Comment button of a client’s post',
    path: '/',
    draft: { into: editor('send-comment:post-maria'), text: 'Thinking of you' },
    act: { click: button('send-comment:post-maria') },
    person: 'María Pérez',
    client: true,
    clause: 'interacting',
    happens: 'send-comment:post-maria=Thinking of you',
    event: 'click:send-comment:post-maria',
  },
  {
    name: 'Enter on a stranger’s post with a draft naming a client',
    path: '/',
    draft: { into: editor('send-comment:post-alex'), text: 'maria perez would love this bike' },
    act: { enter: editor('send-comment:post-alex') },
    person: 'Alex Kim',
    mention: 'maria perez',
    client: true,
    clause: 'interacting',
    happens: 'send-comment:post-alex=maria perez would love this bike',
    event: 'keydown:send-comment:post-alex',
  },
  {
    name: 'a draft pasted in one piece that names a client',
    path: '/',
    draft: { into: editor('send-comment:post-alex'), text: 'Say hi to María José Pérez for me', paste: true },
    act: { enter: editor('send-comment:post-alex') },
    person: 'Alex Kim',
    mention: 'María José Pérez',
    client: true,
    clause: 'interacting',
    happens: 'send-comment:post-alex=Say hi to María José Pérez for me',
    event: 'keydown:send-comment:post-alex',
  },
  {
    name: 'Enter in the reply box of a client’s comment thread',
    path: '/',
    draft: { into: editor('send-reply:maria'), text: 'Glad you are feeling better' },
    act: { enter: editor('send-reply:maria') },
    person: 'María Pérez',
    client: true,
    clause: 'interacting',
    happens: 'send-reply:maria=Glad you are feeling better',
    event: 'keydown:send-reply:maria',
  },
  {
    name: 'Enter in Messenger to a client',
    path: '/messages/t/100001234567890',
    draft: { into: editor('message:maria'), text: 'We can talk on Tuesday' },
    act: { enter: editor('message:maria') },
    person: 'María José Pérez',
    client: true,
    clause: 'interacting',
    happens: 'message:maria=We can talk on Tuesday',
    event: 'keydown:message:maria',
  },
  {
    name: 'the Messenger send button to a client',
    path: '/messages/t/100001234567890',
    draft: { into: editor('message:maria'), text: 'Please call the office' },
    act: { click: button('message:maria') },
    person: 'María José Pérez',
    client: true,
    clause: 'interacting',
    happens: 'message:maria=Please call the office',
    event: 'click:message:maria',
  },
  {
    name: 'Post in the Create post dialog with a client’s name',
    path: '/',
    draft: { into: editor('composer'), text: 'So proud of Maria Perez for finishing her first 10k!' },
    act: { click: button('post') },
    person: '',
    mention: 'Maria Perez',
    client: true,
    clause: 'interacting',
    happens: 'post=So proud of Maria Perez for finishing her first 10k!',
    event: 'click:post',
  },
];

async function perform(p: Page, act: GuardedCase['act']): Promise<void> {
  if ('click' in act) await p.locator(act.click).click();
  else {
    await p.locator(act.enter).focus();
    await p.keyboard.press('Enter');
  }
}

/** Opens the case's page, types its draft, and acts; returns what the page had recorded just before. */
async function actOn(c: GuardedCase): Promise<{ p: Page; before: FixtureRecord }> {
  const p = await open(c.path);
  if (c.draft) await typeDraft(p, c.draft.into, c.draft.text, c.draft.paste);
  const before = await fixtureRecord(p);
  await perform(p, c.act);
  return { p, before };
}

describe.each(GUARDED.map((c) => [c.name, c]))('guarded: %s', (_, c) => {
  it('Stop: the reminder names the person and quotes the policy; the page never sees the event and nothing happens', async () => {
    const { p, before } = await actOn(c);
    const view = await waitForReminder(p);
    expect(view.role).toBe('alertdialog');
    expect(view.modal).toBe('true');
    expect(view.choices).toEqual(['proceed', 'stop']);
    expect(view.focused).toBe('stop');
    // The person exactly as the page names them (then, for a username, the handle), then the control.
    if (c.person) expect(view.who).toMatch(new RegExp(`^${escapeRegExp(c.person)}( \\(@[^)]+\\))? · “`));
    if (c.mention) expect(view.badge).toBe(`Names someone on your client list: “${c.mention}”`);
    else if (c.client) expect(view.badge).toBe('On your client list');
    else expect(view.badge).toBeNull();
    expect(view.text.includes('On your client list')).toBe(c.client && !c.mention);
    expectPolicy(view, c.clause);

    await choose(p, 'stop');
    expect(await fixtureRecord(p)).toEqual(before);
    // The draft is still there, without a newline from the stopped Enter.
    if (c.draft) expect(await editorText(p, c.draft.into)).toBe(c.draft.text);
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
  path: string;
  draft?: { into: string; text: string };
  act: GuardedCase['act'];
  happens: string;
  event: string;
}

const UNGUARDED: PassCase[] = [
  {
    name: 'Follow on a stranger’s profile',
    path: '/alex.kim.9',
    act: { click: button('follow:alex') },
    happens: 'follow:alex',
    event: 'click:follow:alex',
  },
  {
    name: 'a neutral comment on a stranger’s post',
    path: '/',
    draft: { into: editor('send-comment:post-alex'), text: 'Nice bike!' },
    act: { enter: editor('send-comment:post-alex') },
    happens: 'send-comment:post-alex=Nice bike!',
    event: 'keydown:send-comment:post-alex',
  },
  {
    name: 'Messenger to a stranger, with a client in the chat list',
    path: '/messages/t/100007777777777',
    draft: { into: editor('message:jordan'), text: 'See you at the game' },
    act: { enter: editor('message:jordan') },
    happens: 'message:jordan=See you at the game',
    event: 'keydown:message:jordan',
  },
  {
    name: 'Post in the Create post dialog without a client’s name',
    path: '/',
    draft: { into: editor('composer'), text: 'Lovely weather for a run today' },
    act: { click: button('post') },
    happens: 'post=Lovely weather for a run today',
    event: 'click:post',
  },
  {
    name: 'Like on the friends page',
    path: '/friends/',
    act: { click: button('like:page') },
    happens: 'like:page',
    event: 'click:like:page',
  },
  {
    name: 'Like on a client’s post',
    path: '/',
    act: { click: button('like:post-maria') },
    happens: 'like:post-maria',
    event: 'click:like:post-maria',
  },
  {
    name: 'Delete on a client’s friend request',
    path: '/friends/',
    act: { click: button('delete:maria') },
    happens: 'delete:maria',
    event: 'click:delete:maria',
  },
  {
    name: 'a navigation link',
    path: '/friends/',
    act: { click: at('nav:suggestions') },
    happens: 'nav:suggestions',
    event: 'click:nav:suggestions',
  },
  {
    name: 'the Message button on a client’s profile (opens a chat, sends nothing)',
    path: '/maria.perez',
    act: { click: button('open-message:maria') },
    happens: 'open-message:maria',
    event: 'click:open-message:maria',
  },
];

describe.each(UNGUARDED.map((c) => [c.name, c]))('not guarded: %s', (_, c) => {
  it('passes untouched: no reminder, the action happens exactly once', async () => {
    const p = await open(c.path);
    if (c.draft) await typeDraft(p, c.draft.into, c.draft.text);
    const before = await fixtureRecord(p);
    await perform(p, c.act);
    expect(await reminderShown(p)).toBe(false);
    const after = await fixtureRecord(p);
    expect(after.actions).toEqual([...before.actions, c.happens]);
    expect(after.seen).toEqual([...before.seen, c.event]);
  });
});

describe('an opening step (Reply, Comment) covers the send that follows', () => {
  it('asks once at Reply; the send that follows is covered, the next one is asked again', async () => {
    const p = await open('/');
    await p.locator(button('reply:maria')).click();
    const view = await waitForReminder(p);
    expect(view.question).toBe('Reply to this person?');
    expect(view.who).toContain('María Pérez');
    expect(view.badge).toBe('On your client list');
    expectPolicy(view, 'interacting');
    await choose(p, 'proceed');
    expect((await fixtureRecord(p)).actions).toEqual(['reply:maria']);

    await typeDraft(p, editor('send-reply:maria'), 'Thank you for sharing');
    await p.keyboard.press('Enter');
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual(['reply:maria', 'send-reply:maria=Thank you for sharing']);

    // The Proceed at Reply covered one send, for this person: a second reply is a new decision.
    await typeDraft(p, editor('send-reply:maria'), 'And one more thing');
    const before = await fixtureRecord(p);
    await p.keyboard.press('Enter');
    expect((await waitForReminder(p)).who).toContain('María Pérez');
    await choose(p, 'stop');
    expect(await fixtureRecord(p)).toEqual(before);
  });

  it('asks once at Comment under a client’s post; the comment that follows is covered', async () => {
    const p = await open('/');
    await p.locator(button('open-comment:post-maria')).click();
    const view = await waitForReminder(p);
    expect(view.who).toMatch(/^María Pérez/);
    expect(view.badge).toBe('On your client list');
    await choose(p, 'proceed');
    expect((await fixtureRecord(p)).actions).toEqual(['open-comment:post-maria']);
    await typeDraft(p, editor('send-comment:post-maria'), 'Take care');
    await p.keyboard.press('Enter');
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual(['open-comment:post-maria', 'send-comment:post-maria=Take care']);
  });
});

describe('editors', () => {
  it('Shift+Enter is a newline, not a send; Enter then sends both lines once', async () => {
    const p = await open('/');
    const box = editor('send-comment:post-maria');
    await typeDraft(p, box, 'Line one');
    await p.keyboard.press('Shift+Enter');
    await p.keyboard.type('line two');
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual([]);
    await p.keyboard.press('Enter');
    await waitForReminder(p);
    await choose(p, 'proceed');
    expect((await fixtureRecord(p)).actions).toEqual(['send-comment:post-maria=Line one\nline two']);
  });
});

describe('timing', () => {
  it('the reminder is on screen as soon as the click has been handled, with no waiting', async () => {
    const p = await open('/friends/');
    await p.locator(button('accept:maria')).click();
    // No waiting: the first look after the click must find it, laid out and visible.
    const shown = await p.evaluate((tag) => {
      const dialog = document.querySelector(tag)?.shadowRoot?.querySelector('[role="alertdialog"]');
      const box = dialog?.getBoundingClientRect();
      return box ? box.width > 0 && box.height > 0 : false;
    }, REMINDER_HOST);
    expect(shown).toBe(true);
    await choose(p, 'stop');
  });
});

describe('the reminder from the keyboard', () => {
  it('Esc is Stop, and focus goes back to the control', async () => {
    const { p, before } = await actOn(GUARDED[0] as GuardedCase);
    await waitForReminder(p);
    await p.keyboard.press('Escape');
    await p.locator(REMINDER_HOST).waitFor({ state: 'detached', timeout: 2_000 });
    expect(await fixtureRecord(p)).toEqual(before);
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-fixture-action'))).toBe('accept:maria');
  });

  it('Tab and Shift+Tab stay inside the dialog and never reach the page', async () => {
    const { p, before } = await actOn(GUARDED[0] as GuardedCase);
    await waitForReminder(p);
    const focus = async () => ({
      host: await p.evaluate(() => document.activeElement?.tagName.toLowerCase()),
      choice: (await waitForReminder(p)).focused,
    });
    const seq: Array<{ host: string | undefined; choice: string | null }> = [];
    for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) {
      await p.keyboard.press(key);
      seq.push(await focus());
    }
    expect(seq.map((f) => f.host)).toEqual(Array(5).fill(REMINDER_HOST));
    expect(seq.map((f) => f.choice)).toEqual(['proceed', 'stop', 'proceed', 'stop', 'proceed']);
    expect(await fixtureRecord(p)).toEqual(before);
    // Enter on the focused Proceed is a choice like a click: the action happens once.
    await p.keyboard.press('Enter');
    await p.locator(REMINDER_HOST).waitFor({ state: 'detached', timeout: 2_000 });
    expect((await fixtureRecord(p)).actions).toEqual([...before.actions, 'accept:maria']);
  });
});

describe('screenshot', () => {
  // test-results/ is git-ignored; BG_SCREENSHOT_DIR=docs/screenshots refreshes the one the docs show.
  const dir = process.env.BG_SCREENSHOT_DIR ?? 'test-results';

  it(`saves the reminder over the friends page to ${dir}/reminder-facebook.png, whole and in view`, async () => {
    const { p } = await actOn(GUARDED[0] as GuardedCase);
    await waitForReminder(p);
    const box = await p.locator(`${REMINDER_HOST} [role="alertdialog"]`).boundingBox();
    const viewport = p.viewportSize();
    expect(box && viewport).toBeTruthy();
    if (box && viewport) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    }
    await mkdir(dir, { recursive: true });
    const png = await p.screenshot({ path: `${dir}/reminder-facebook.png` });
    expect(png.length).toBeGreaterThan(10_000);
    await choose(p, 'stop');
  });
});
