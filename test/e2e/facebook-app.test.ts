import { describe, expect, it } from 'vitest';
import {
  ASKS,
  enter,
  type GuardedCase,
  guardedCases,
  namesClient,
  ON_LIST,
  type PassCase,
  passCases,
  SAME_NAME,
  typeDraft,
} from './support/cases';
import { extensionTab, storageArea } from './support/extension-data';
import { fieldText, fixtureRecord, reminderShown } from './support/page';
import { usePlatform } from './support/platform';

/**
 * The built extension on Facebook pages that behave like the live ones (test/e2e/pages/facebook/): React 19
 * handles every event through its root, the composers are Lexical editors, every button has its aria-hidden
 * clone, classes are new on every load. What a case asserts is read from the libraries: the app's sent list
 * from React state, a draft from the Lexical editor state.
 */

const CLIENTS_CSV = [
  'name,facebook,aliases',
  `"María José Pérez",https://www.facebook.com/profile.php?id=100001234567890,"Maria Perez; María Pérez"`,
  'Samuel Lee,facebook.com/samuel.lee.5,Sam Lee',
  '',
].join('\r\n');

const fb = usePlatform({ clients: CLIENTS_CSV, start: 'https://www.facebook.com/home.php', tabs: 'reuse' });

/** A control or editor of an app page, by its test hook (never read by the extension). */
const e2e = (name: string) => `[data-e2e="${name}"]`;
const JEWEL = e2e('jewel');

it('imports the client list', () => {
  expect(fb.importResult).toMatch(/Imported 2 clients/);
});

const GUARDED: GuardedCase[] = [
  {
    name: "Confirm on a client's friend request in the notifications jewel",
    open: [JEWEL],
    act: { click: e2e('accept:maria') },
    ...ASKS.accept,
    who: 'María José Pérez · “Confirm”',
    badge: ON_LIST,
    happens: 'accept:maria',
    events: ['click:accept:maria'],
  },
  {
    name: "Confirm on a non-client's friend request in the jewel (any accept is guarded by default)",
    open: [JEWEL],
    act: { click: e2e('accept:jordan') },
    ...ASKS.accept,
    who: 'Jordan Smith · “Confirm”',
    badge: null,
    happens: 'accept:jordan',
    events: ['click:accept:jordan'],
  },
  {
    name: 'Follow in the header of a client’s post (no aria-label, only span text)',
    act: { click: e2e('follow:maria') },
    ...ASKS.follow,
    who: 'María Pérez (@maria.perez) · “Follow”',
    badge: SAME_NAME, // the post links its author by a name, not the id on the list
    happens: 'follow:maria',
    events: ['click:follow:maria'],
  },
  {
    name: 'Enter in the “Comment as NAME” Lexical composer of a client’s post',
    draft: { into: e2e('comment:maria'), text: 'So proud of you' },
    act: enter(e2e('comment:maria')),
    ...ASKS.reply,
    who: 'María Pérez (@maria.perez) · “Enter”',
    badge: SAME_NAME, // the post links its author by a name, not the id on the list
    happens: 'comment:maria=So proud of you',
    events: ['keydown:comment:maria'],
  },
  {
    name: 'Enter in a stranger’s post composer with a draft naming a client',
    draft: { into: e2e('comment:alex'), text: 'maria perez would love this bike' },
    act: enter(e2e('comment:alex')),
    ...ASKS.reply,
    who: 'Alex Kim (@alex.kim.9) · “Enter”',
    badge: namesClient('maria perez'),
    happens: 'comment:alex=maria perez would love this bike',
    events: ['keydown:comment:alex'],
  },
  {
    name: 'Enter in the Messenger chat tab to a client (Lexical)',
    draft: { into: e2e('message:maria'), text: 'We can talk on Tuesday' },
    act: enter(e2e('message:maria')),
    ...ASKS.message,
    who: 'María José Pérez · “Enter”',
    badge: ON_LIST,
    happens: 'message:maria=We can talk on Tuesday',
    events: ['keydown:message:maria'],
  },
  {
    name: 'the chat tab’s send button to a client',
    draft: { into: e2e('message:maria'), text: 'Please call the office' },
    act: { click: e2e('send:maria') },
    ...ASKS.message,
    who: 'María José Pérez · “Press enter to send”',
    badge: ON_LIST,
    happens: 'message:maria=Please call the office',
    events: ['click:send:maria'],
  },
];

guardedCases(fb, GUARDED);

const UNGUARDED: PassCase[] = [
  {
    name: 'Follow in the header of a stranger’s post',
    act: { click: e2e('follow:alex') },
    happens: 'follow:alex',
    events: ['click:follow:alex'],
  },
  {
    name: 'a neutral comment on a stranger’s post',
    draft: { into: e2e('comment:alex'), text: 'Nice bike!' },
    act: enter(e2e('comment:alex')),
    happens: 'comment:alex=Nice bike!',
    events: ['keydown:comment:alex'],
  },
  { name: 'Like on a client’s post', act: { click: e2e('like:maria') }, happens: 'like:maria', events: ['click:like:maria'] },
  {
    name: 'Delete on a client’s friend request in the jewel',
    open: [JEWEL],
    act: { click: e2e('delete:maria') },
    happens: 'delete:maria',
    events: ['click:delete:maria'],
  },
];

passCases(fb, UNGUARDED);

describe('Enter in an empty composer is not a send', () => {
  it.each([
    ['the comment composer of a client’s post', 'comment:maria'],
    ['the chat tab to a client', 'message:maria'],
  ])('%s: no reminder, nothing sent, the editor still empty', async (_, name) => {
    const p = await fb.open();
    await p.locator(e2e(name)).click();
    const before = await fixtureRecord(p);
    await p.keyboard.press('Enter');
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual(before.actions);
    expect(await fieldText(p, e2e(name))).toBe('');
  });

  it('a draft of spaces only is empty too', async () => {
    const p = await fb.open();
    await typeDraft(p, e2e('comment:maria'), '   ');
    await p.keyboard.press('Enter');
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual([]);
  });
});

describe('menus: a profile’s “…” menu item is recognised like a button', () => {
  guardedCases(fb, [
    {
      name: 'Follow in the “…” menu of a client’s profile (a div[role=menuitem] in a layer at the end of the page)',
      url: '/samuel.lee.5',
      open: [e2e('more')],
      act: { click: e2e('menu-follow:samuel') },
      ...ASKS.follow,
      who: 'Samuel Lee (@samuel.lee.5) · “Follow”',
      badge: ON_LIST,
      happens: 'follow:samuel',
      events: ['click:menu-follow:samuel'],
    },
    {
      name: 'Add friend on a client’s profile (icon and text, with its clone)',
      url: '/samuel.lee.5',
      act: { click: e2e('add:samuel') },
      ...ASKS.friendRequest,
      who: 'Samuel Lee (@samuel.lee.5) · “Add friend”',
      badge: ON_LIST,
      happens: 'add:samuel',
      events: ['click:add:samuel'],
    },
  ]);
  passCases(fb, [
    {
      name: 'another item of the same menu',
      url: '/samuel.lee.5',
      open: [e2e('more')],
      act: { click: e2e('menu-report:samuel') },
      happens: 'report:samuel',
      events: ['click:menu-report:samuel'],
    },
  ]);
});

/**
 * Each language's table on a page in that language (the same page; only the words differ). The words come
 * from the page's own table (test/e2e/pages/facebook/_strings.ts), written apart from the adapter's.
 */
const LANGUAGES = [
  { lang: 'es', confirm: 'Confirmar', follow: 'Seguir', send: 'Pulsa Intro para enviar', addFriend: 'Agregar a amigos' },
  { lang: 'fr', confirm: 'Confirmer', follow: 'S’abonner', send: 'Appuyez sur Entrée pour envoyer', addFriend: 'Ajouter ami(e)' },
  { lang: 'de', confirm: 'Bestätigen', follow: 'Folgen', send: 'Zum Senden die Eingabetaste drücken', addFriend: 'Freund/in hinzufügen' },
  { lang: 'pt', confirm: 'Confirmar', follow: 'Seguir', send: 'Pressione Enter para enviar', addFriend: 'Adicionar amigo' },
  { lang: 'it', confirm: 'Conferma', follow: 'Segui', send: 'Premi Invio per inviare', addFriend: 'Aggiungi agli amici' },
];

describe.each(LANGUAGES)('a Facebook page in $lang', (l) => {
  const url = `/home.php?locale=${l.lang}`;
  guardedCases(fb, [
    {
      name: `${l.confirm} in the jewel`,
      url,
      open: [JEWEL],
      act: { click: e2e('accept:maria') },
      ...ASKS.accept,
      who: `María José Pérez · “${l.confirm}”`,
      badge: ON_LIST,
      happens: 'accept:maria',
      events: ['click:accept:maria'],
    },
    {
      name: `${l.follow} in a post’s header`,
      url,
      act: { click: e2e('follow:maria') },
      ...ASKS.follow,
      who: `María Pérez (@maria.perez) · “${l.follow}”`,
      badge: SAME_NAME, // the post links its author by a name, not the id on the list
      happens: 'follow:maria',
      events: ['click:follow:maria'],
    },
    {
      name: `“${l.send}” in the chat tab`,
      url,
      draft: { into: e2e('message:maria'), text: 'Hola' },
      act: { click: e2e('send:maria') },
      ...ASKS.message,
      who: `María José Pérez · “${l.send}”`,
      badge: ON_LIST,
      happens: 'message:maria=Hola',
      events: ['click:send:maria'],
    },
    {
      name: 'Enter in the comment composer',
      url,
      draft: { into: e2e('comment:maria'), text: 'Bravo' },
      act: enter(e2e('comment:maria')),
      ...ASKS.reply,
      who: 'María Pérez (@maria.perez) · “Enter”',
      badge: SAME_NAME, // the post links its author by a name, not the id on the list
      happens: 'comment:maria=Bravo',
      events: ['keydown:comment:maria'],
    },
  ]);
});

guardedCases(fb, [
  {
    name: 'Ajouter ami(e) on a profile in French (REAL-MARKUP.md, Facebook 4)',
    url: '/samuel.lee.5?locale=fr',
    act: { click: e2e('add:samuel') },
    ...ASKS.friendRequest,
    who: 'Samuel Lee (@samuel.lee.5) · “Ajouter ami(e)”',
    badge: ON_LIST,
    happens: 'add:samuel',
    events: ['click:add:samuel'],
  },
]);

describe('a page in a language with no table', () => {
  it('is still guarded where no words are needed (the Lexical comment box), and the guard reports the language', async () => {
    const p = await fb.open('/home.php?locale=nl');
    await typeDraft(p, e2e('comment:maria'), 'Goed gedaan');
    await p.keyboard.press('Enter');
    expect(await reminderShown(p)).toBe(true);
    const tab = await extensionTab(fb.session.context, fb.session.extensionId);
    const errors = ((await storageArea(tab, 'local')).errors ?? []) as Array<{ where: string; message: string }>;
    await tab.close();
    expect(errors).toContainEqual(expect.objectContaining({ where: 'language:facebook', message: expect.stringContaining('"nl"') }));
  });
});
