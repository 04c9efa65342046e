import { describe, expect, it } from 'vitest';
import { ASKS, enter, type GuardedCase, guardedCases, ON_LIST, type PassCase, passCases, typeDraft } from './support/cases';
import { fieldText, fixtureRecord, reminderShown } from './support/page';
import { usePlatform } from './support/platform';

/**
 * The built extension on Instagram pages that behave like the live ones (test/e2e/pages/instagram/): React 19
 * runs every handler through its root, the comment box is a React-controlled textarea whose Post stays
 * aria-disabled until there is text, the Direct composer is a Lexical `div[role=textbox]`, classes change on
 * every load. Asserted on the app's sent list (React state) and the editors' own state.
 */

const CLIENTS_CSV = ['name,instagram,aliases', '"María José Pérez",maria.perez,"Maria Perez; María Pérez"', ''].join('\r\n');

const ig = usePlatform({ clients: CLIENTS_CSV, start: 'https://www.instagram.com/p/DAPPmaria1/', tabs: 'reuse' });

const e2e = (name: string) => `[data-e2e="${name}"]`;
const POST = '/p/DAPPmaria1/';
const ACTIVITY = '/explore/';
const DIRECT = '/direct/t/340282366841710300949128999/';
const REQUESTS = [e2e('notifications'), e2e('follow-requests')];

it('imports the client list', () => {
  expect(ig.importResult).toMatch(/Imported 1 client/);
});

const GUARDED: GuardedCase[] = [
  {
    name: 'Follow in the header of a client’s post (a <button> with only its text)',
    url: POST,
    act: { click: e2e('follow:maria') },
    ...ASKS.follow,
    who: '@maria.perez · “Follow”',
    badge: ON_LIST,
    happens: 'follow:maria',
    events: ['click:follow:maria'],
  },
  {
    name: 'Enter in “Add a comment…” under a client’s post (Proceed presses Post, now enabled)',
    url: POST,
    draft: { into: e2e('comment:maria'), text: 'Sending strength' },
    act: enter(e2e('comment:maria')),
    ...ASKS.reply,
    who: '@maria.perez · “Enter”',
    badge: ON_LIST,
    happens: 'comment:maria=Sending strength',
    events: ['click:post:maria'],
  },
  {
    name: 'Post under a client’s post',
    url: POST,
    draft: { into: e2e('comment:maria'), text: 'Well done' },
    act: { click: e2e('post:maria') },
    ...ASKS.reply,
    who: '@maria.perez · “Post”',
    badge: ON_LIST,
    happens: 'comment:maria=Well done',
    events: ['click:post:maria'],
  },
  {
    name: 'Confirm on a client’s follow request in the activity panel',
    url: ACTIVITY,
    open: REQUESTS,
    act: { click: e2e('accept:maria.perez') },
    ...ASKS.accept,
    who: 'María Pérez (@maria.perez) · “Confirm”',
    badge: ON_LIST,
    happens: 'accept:maria.perez',
    events: ['click:accept:maria.perez'],
  },
  {
    name: 'Confirm on a non-client’s follow request (any accept is guarded by default)',
    url: ACTIVITY,
    open: REQUESTS,
    act: { click: e2e('accept:jordan.smith') },
    ...ASKS.accept,
    who: 'Jordan Smith (@jordan.smith) · “Confirm”',
    badge: null,
    happens: 'accept:jordan.smith',
    events: ['click:accept:jordan.smith'],
  },
  {
    name: 'Enter in the Direct composer (a Lexical div[role=textbox]) to a client',
    url: DIRECT,
    draft: { into: e2e('message:maria'), text: 'See you Tuesday' },
    act: enter(e2e('message:maria')),
    ...ASKS.message,
    who: 'María Pérez (@maria.perez) · “Enter”',
    badge: ON_LIST,
    happens: 'message:maria=See you Tuesday',
    events: ['click:send:maria'],
  },
  {
    name: 'Send in a Direct thread with a client',
    url: DIRECT,
    draft: { into: e2e('message:maria'), text: 'Please call the office' },
    act: { click: e2e('send:maria') },
    ...ASKS.message,
    who: 'María Pérez (@maria.perez) · “Send”',
    badge: ON_LIST,
    happens: 'message:maria=Please call the office',
    events: ['click:send:maria'],
  },
];

guardedCases(ig, GUARDED);

const UNGUARDED: PassCase[] = [
  {
    name: 'Delete on a client’s follow request',
    url: ACTIVITY,
    open: REQUESTS,
    act: { click: e2e('delete:maria.perez') },
    happens: 'delete:maria.perez',
    events: ['click:delete:maria.perez'],
  },
];

passCases(ig, UNGUARDED);

describe('Enter in an empty composer is not a send', () => {
  it.each([
    ['“Add a comment…” (Post is still disabled)', POST, 'comment:maria'],
    ['the Direct composer', DIRECT, 'message:maria'],
  ])('%s: no reminder, nothing sent, still empty', async (_, url, name) => {
    const p = await ig.open(url);
    await p.locator(e2e(name)).click();
    await p.keyboard.press('Enter');
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual([]);
    expect(await fieldText(p, e2e(name))).toBe('');
  });

  it('Post is aria-disabled and asks nothing while the box is empty, and enabled once there is text', async () => {
    const p = await ig.open(POST);
    expect(await p.locator(e2e('post:maria')).getAttribute('aria-disabled')).toBe('true');
    // A real click on the disabled control (Playwright would otherwise wait for it to be enabled).
    await p.locator(e2e('post:maria')).click({ force: true });
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual([]);
    await typeDraft(p, e2e('comment:maria'), 'Hi');
    expect(await p.locator(e2e('post:maria')).getAttribute('aria-disabled')).toBeNull();
  });
});

/** Each language's table on pages in that language; the words are the page's own (pages/instagram/_strings.ts). */
const LANGUAGES = [
  { lang: 'es', follow: 'Seguir', confirm: 'Confirmar', post: 'Publicar', send: 'Enviar' },
  { lang: 'fr', follow: 'Suivre', confirm: 'Confirmer', post: 'Publier', send: 'Envoyer' },
  { lang: 'de', follow: 'Folgen', confirm: 'Bestätigen', post: 'Posten', send: 'Senden' },
  { lang: 'pt', follow: 'Seguir', confirm: 'Confirmar', post: 'Publicar', send: 'Enviar' },
  { lang: 'it', follow: 'Segui', confirm: 'Conferma', post: 'Pubblica', send: 'Invia' },
];

describe.each(LANGUAGES)('Instagram pages in $lang', (l) => {
  const q = `?hl=${l.lang}`;
  guardedCases(ig, [
    {
      name: `${l.follow} in a post’s header`,
      url: `${POST}${q}`,
      act: { click: e2e('follow:maria') },
      ...ASKS.follow,
      who: `@maria.perez · “${l.follow}”`,
      badge: ON_LIST,
      happens: 'follow:maria',
      events: ['click:follow:maria'],
    },
    {
      name: `${l.post} under a post`,
      url: `${POST}${q}`,
      draft: { into: e2e('comment:maria'), text: 'Bravo' },
      act: { click: e2e('post:maria') },
      ...ASKS.reply,
      who: `@maria.perez · “${l.post}”`,
      badge: ON_LIST,
      happens: 'comment:maria=Bravo',
      events: ['click:post:maria'],
    },
    {
      name: `${l.confirm} on a follow request`,
      url: `${ACTIVITY}${q}`,
      open: REQUESTS,
      act: { click: e2e('accept:maria.perez') },
      ...ASKS.accept,
      who: `María Pérez (@maria.perez) · “${l.confirm}”`,
      badge: ON_LIST,
      happens: 'accept:maria.perez',
      events: ['click:accept:maria.perez'],
    },
    {
      name: `${l.send} in a Direct thread`,
      url: `${DIRECT}${q}`,
      draft: { into: e2e('message:maria'), text: 'Hola' },
      act: { click: e2e('send:maria') },
      ...ASKS.message,
      who: `María Pérez (@maria.perez) · “${l.send}”`,
      badge: ON_LIST,
      happens: 'message:maria=Hola',
      events: ['click:send:maria'],
    },
  ]);
});
