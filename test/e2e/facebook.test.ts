import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  ASKS,
  actOn,
  at,
  clicked,
  enter,
  expectPolicy,
  type GuardedCase,
  guardedCases,
  namesClient,
  ON_LIST,
  type PassCase,
  passCases,
  SAME_NAME,
  typeDraft,
} from './support/cases';
import { choose, fixtureRecord, onReminderRoot, reminderBox, reminderShown, waitForReminder, waitForReminderGone } from './support/page';
import { usePlatform } from './support/platform';

/**
 * The built extension on hand-written Facebook pages (test/fixtures/facebook/),
 * with a client list imported through the options page. The harness on each page
 * stands in for Facebook's own listeners: Stop must keep every guarded event from
 * them, Proceed must let the action happen exactly once.
 */

// As a spreadsheet saves it: byte-order mark, CRLF, quoted fields, its own column order and header case.
const CLIENTS_CSV = [
  '\uFEFFName,Facebook,ALIASES,Instagram,X',
  `"María José Pérez",https://www.facebook.com/profile.php?id=100001234567890,"Maria Perez; María Pérez",maria.perez,`,
  'Samuel Lee,facebook.com/samuel.lee.5,Sam Lee,,',
  `Chris O'Neil,https://www.facebook.com/friends/requests/?profile_id=100009876543210,,,`,
  'Robin Hale,robin hale!!,,,',
  '',
].join('\r\n');

// One tab for the whole file, a fresh load per case.
const fb = usePlatform({ clients: CLIENTS_CSV, start: 'https://www.facebook.com/', tabs: 'reuse' });

const editor = (action: string) => `${at(action)}[contenteditable]`;
const button = (action: string) => `[role="button"]${at(action)}`;

it('imports the client list through the options page and names the row it rejects', () => {
  expect(fb.importResult).toMatch(/Imported 3 clients/);
  expect(fb.importResult).toContain('Robin Hale');
  expect(fb.importResult).toMatch(/malformed Facebook handle/);
});

const GUARDED: GuardedCase[] = [
  {
    name: "accepting a client's friend request on /friends/",
    url: '/friends/',
    ...clicked('accept:maria', button),
    ...ASKS.accept,
    who: 'María José Pérez · “Confirm”',
    badge: ON_LIST,
  },
  {
    name: "accepting a non-client's friend request on /friends/ (any accept is guarded by default)",
    url: '/friends/',
    ...clicked('accept:jordan', button),
    ...ASKS.accept,
    who: 'Jordan Smith (@jordan.smith.77) · “Confirm”',
    badge: null,
  },
  {
    name: 'accepting a friend request on /friends/requests/',
    url: '/friends/requests/',
    ...clicked('accept:chris', button),
    ...ASKS.accept,
    who: "Chris O'Neil · “Confirm”",
    badge: ON_LIST,
  },
  {
    name: 'Confirm request on the requester’s profile',
    url: '/maria.perez',
    ...clicked('accept:maria-profile', button),
    ...ASKS.accept,
    who: 'María Pérez (@maria.perez) · “Confirm request”',
    badge: SAME_NAME,
  },
  {
    name: 'Add friend on a suggestion card (a client)',
    url: '/friends/',
    ...clicked('add:sam', button),
    ...ASKS.friendRequest,
    who: 'Samuel Lee (@samuel.lee.5) · “Add friend”',
    badge: ON_LIST,
  },
  {
    name: 'Add friend on a stranger’s profile (any friend request is guarded)',
    url: '/alex.kim.9',
    ...clicked('add:alex', button),
    ...ASKS.friendRequest,
    who: 'Alex Kim (@alex.kim.9) · “Add friend”',
    badge: null,
  },
  {
    name: 'Follow on a client’s profile',
    url: '/maria.perez',
    ...clicked('follow:maria', button),
    ...ASKS.follow,
    who: 'María Pérez (@maria.perez) · “Follow”',
    badge: SAME_NAME,
  },
  {
    name: 'Enter in the comment box of a client’s post',
    url: '/',
    draft: { into: editor('send-comment:post-maria'), text: 'So sorry to hear that' },
    act: enter(editor('send-comment:post-maria')),
    ...ASKS.reply,
    who: 'María Pérez (@maria.perez) · “Enter”',
    badge: SAME_NAME,
    happens: 'send-comment:post-maria=So sorry to hear that',
    events: ['keydown:send-comment:post-maria'],
  },
  {
    name: 'the Comment button of a client’s post',
    url: '/',
    draft: { into: editor('send-comment:post-maria'), text: 'Thinking of you' },
    act: { click: button('send-comment:post-maria') },
    ...ASKS.reply,
    who: 'María Pérez (@maria.perez) · “Comment”',
    badge: SAME_NAME,
    happens: 'send-comment:post-maria=Thinking of you',
    events: ['click:send-comment:post-maria'],
  },
  {
    name: 'Enter on a stranger’s post with a draft naming a client',
    url: '/',
    draft: { into: editor('send-comment:post-alex'), text: 'maria perez would love this bike' },
    act: enter(editor('send-comment:post-alex')),
    ...ASKS.reply,
    who: 'Alex Kim (@alex.kim.9) · “Enter”',
    badge: namesClient('maria perez'),
    happens: 'send-comment:post-alex=maria perez would love this bike',
    events: ['keydown:send-comment:post-alex'],
  },
  {
    name: 'a draft pasted in one piece that names a client',
    url: '/',
    draft: { into: editor('send-comment:post-alex'), text: 'Say hi to María José Pérez for me', paste: true },
    act: enter(editor('send-comment:post-alex')),
    ...ASKS.reply,
    who: 'Alex Kim (@alex.kim.9) · “Enter”',
    badge: namesClient('María José Pérez'),
    happens: 'send-comment:post-alex=Say hi to María José Pérez for me',
    events: ['keydown:send-comment:post-alex'],
  },
  {
    name: 'Enter in the reply box of a client’s comment thread',
    url: '/',
    draft: { into: editor('send-reply:maria'), text: 'Glad you are feeling better' },
    act: enter(editor('send-reply:maria')),
    ...ASKS.reply,
    who: 'María Pérez (@maria.perez) · “Enter”',
    badge: SAME_NAME,
    happens: 'send-reply:maria=Glad you are feeling better',
    events: ['keydown:send-reply:maria'],
  },
  {
    name: 'Enter in Messenger to a client',
    url: '/messages/t/100001234567890',
    draft: { into: editor('message:maria'), text: 'We can talk on Tuesday' },
    act: enter(editor('message:maria')),
    ...ASKS.message,
    who: 'María José Pérez · “Enter”',
    badge: ON_LIST,
    happens: 'message:maria=We can talk on Tuesday',
    events: ['keydown:message:maria'],
  },
  {
    name: 'the Messenger send button to a client',
    url: '/messages/t/100001234567890',
    draft: { into: editor('message:maria'), text: 'Please call the office' },
    act: { click: button('message:maria') },
    ...ASKS.message,
    who: 'María José Pérez · “Press enter to send”',
    badge: ON_LIST,
    happens: 'message:maria=Please call the office',
    events: ['click:message:maria'],
  },
  {
    name: 'Post in the Create post dialog with a client’s name',
    url: '/',
    draft: { into: editor('composer'), text: 'So proud of Maria Perez for finishing her first 10k!' },
    act: { click: button('post') },
    ...ASKS.post,
    who: '“Post”',
    badge: namesClient('Maria Perez'),
    happens: 'post=So proud of Maria Perez for finishing her first 10k!',
    events: ['click:post'],
  },
];

guardedCases(fb, GUARDED);

const UNGUARDED: PassCase[] = [
  { name: 'Follow on a stranger’s profile', url: '/alex.kim.9', ...clicked('follow:alex', button) },
  {
    name: 'a neutral comment on a stranger’s post',
    url: '/',
    draft: { into: editor('send-comment:post-alex'), text: 'Nice bike!' },
    act: enter(editor('send-comment:post-alex')),
    happens: 'send-comment:post-alex=Nice bike!',
    events: ['keydown:send-comment:post-alex'],
  },
  {
    name: 'Messenger to a stranger, with a client in the chat list',
    url: '/messages/t/100007777777777',
    draft: { into: editor('message:jordan'), text: 'See you at the game' },
    act: enter(editor('message:jordan')),
    happens: 'message:jordan=See you at the game',
    events: ['keydown:message:jordan'],
  },
  {
    name: 'Post in the Create post dialog without a client’s name',
    url: '/',
    draft: { into: editor('composer'), text: 'Lovely weather for a run today' },
    act: { click: button('post') },
    happens: 'post=Lovely weather for a run today',
    events: ['click:post'],
  },
  { name: 'Like on the friends page', url: '/friends/', ...clicked('like:page', button) },
  { name: 'Like on a client’s post', url: '/', ...clicked('like:post-maria', button) },
  { name: 'Delete on a client’s friend request', url: '/friends/', ...clicked('delete:maria', button) },
  { name: 'a navigation link', url: '/friends/', ...clicked('nav:suggestions') },
  {
    name: 'the Message button on a client’s profile (opens a chat, sends nothing)',
    url: '/maria.perez',
    ...clicked('open-message:maria', button),
  },
];

passCases(fb, UNGUARDED);

describe('an opening step (Reply, Comment) covers the send that follows', () => {
  it('asks once at Reply; the send that follows is covered, the next one is asked again', async () => {
    const p = await fb.open('/');
    await p.locator(button('reply:maria')).click();
    const view = await waitForReminder(p);
    expect(view.question).toBe('Reply to this person?');
    expect(view.who).toContain('María Pérez');
    expect(view.badge).toBe(SAME_NAME);
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
    const p = await fb.open('/');
    await p.locator(button('open-comment:post-maria')).click();
    const view = await waitForReminder(p);
    expect(view.who).toMatch(/^María Pérez/);
    expect(view.badge).toBe(SAME_NAME);
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
    const p = await fb.open('/');
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
    const p = await fb.open('/friends/');
    await p.locator(button('accept:maria')).click();
    // No waiting: the first look after the click must find it, laid out and visible.
    const shown = await onReminderRoot(p, (root) => {
      const box = root.querySelector('[role="alertdialog"]')?.getBoundingClientRect();
      return box ? box.width > 0 && box.height > 0 : false;
    });
    expect(shown).toBe(true);
    await choose(p, 'stop');
  });
});

describe('the reminder from the keyboard', () => {
  it('Esc is Stop, and focus goes back to the control', async () => {
    const { p, before } = await actOn(fb, GUARDED[0] as GuardedCase);
    await waitForReminder(p);
    await p.keyboard.press('Escape');
    await waitForReminderGone(p);
    expect(await fixtureRecord(p)).toEqual(before);
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-fixture-action'))).toBe('accept:maria');
  });

  it('Tab and Shift+Tab stay inside the dialog and never reach the page', async () => {
    const { p, before } = await actOn(fb, GUARDED[0] as GuardedCase);
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
    // The page sees focus on the reminder's bare host, never which button has it.
    expect(seq.map((f) => f.host)).toEqual(Array(5).fill('div'));
    expect(seq.map((f) => f.choice)).toEqual(['proceed', 'stop', 'proceed', 'stop', 'proceed']);
    expect(await fixtureRecord(p)).toEqual(before);
    // Enter on the focused Proceed is a choice like a click: the action happens once.
    await p.keyboard.press('Enter');
    await waitForReminderGone(p);
    expect((await fixtureRecord(p)).actions).toEqual([...before.actions, 'accept:maria']);
  });
});

describe('screenshot', () => {
  // test-results/ is git-ignored; BG_SCREENSHOT_DIR=docs/screenshots refreshes the one the docs show.
  const dir = process.env.BG_SCREENSHOT_DIR ?? 'test-results';

  it(`saves the reminder over the friends page to ${dir}/reminder-facebook.png, whole and in view`, async () => {
    const { p } = await actOn(fb, GUARDED[0] as GuardedCase);
    await waitForReminder(p);
    const box = await reminderBox(p, '[role="alertdialog"]');
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
