import { describe, expect, it } from 'vitest';
import {
  ASKS,
  at,
  clicked,
  editor,
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
import { choose, fixtureRecord, reminderShown, waitForReminder } from './support/page';
import { usePlatform } from './support/platform';

/**
 * The built extension on hand-written LinkedIn pages (test/fixtures/linkedin/) and on a React page with Lexical
 * editors (test/e2e/pages/linkedin/feed.tsx): accepting and sending invitations, Follow, comments and replies,
 * messages (the messaging page and the overlay) and a post naming a client are guarded; Like, Ignore, Show more
 * and navigation pass untouched. Stop: the page never sees the event; Proceed: it happens exactly once.
 */

// Maria Perez is on the list by her profile address; Sam Lee by name only.
const CLIENTS_CSV = ['name,linkedin', 'Maria Perez,https://www.linkedin.com/in/maria-perez-4b1a2c/', 'Sam Lee,', ''].join('\r\n');

const NETWORK = 'https://www.linkedin.com/mynetwork/grow/';
const PROFILE = 'https://www.linkedin.com/in/maria-perez-4b1a2c/';
const FEED = 'https://www.linkedin.com/feed/';
const MESSAGING = 'https://www.linkedin.com/messaging/thread/2-OWE0ZTk/';
const MESSAGING_INVITATION = 'https://www.linkedin.com/messaging/thread/2-SAMINVITE/';
const REACT_FEED = 'https://www.linkedin.com/feed/?app=react';

const linkedin = usePlatform({ clients: CLIENTS_CSV, start: NETWORK, tabs: 'reuse' });

const MARIA = 'Maria Perez (/in/maria-perez-4b1a2c)';
const SAM = 'Sam Lee (/in/samlee)';
const ALEX = 'Alex Kim (/in/alex-kim-77)';
const e2e = (name: string) => `[data-e2e="${name}"]`;
/** A Lexical editor of the React page, and what its button or Enter sends. */
const reactSend = (name: string, text: string, channel: string, act: GuardedCase['act'], events: string[]) => ({
  url: REACT_FEED,
  draft: { into: e2e(name), text },
  act,
  happens: `${channel}=${text}`,
  events,
});

it('imports the client list, with a LinkedIn profile address', () => {
  expect(linkedin.importResult).toMatch(/Imported 2 clients/);
});

/** One My Network page per language of the label table, with its Accept and Connect. */
const LANGUAGES = [
  ['es', 'Aceptar', 'Conectar'],
  ['fr', 'Accepter', 'Se connecter'],
  ['de', 'Annehmen', 'Vernetzen'],
  ['pt', 'Aceitar', 'Conectar'],
  ['it', 'Accetta', 'Collegati'],
] as const;

const GUARDED: GuardedCase[] = [
  {
    name: 'Accept on a client’s invitation (My Network)',
    ...clicked('accept:maria'),
    ...ASKS.accept,
    who: `${MARIA} · “Accept”`,
    badge: ON_LIST,
  },
  {
    name: 'Accept on a stranger’s invitation (every accept is asked about)',
    ...clicked('accept:alex'),
    ...ASKS.accept,
    who: `${ALEX} · “Accept”`,
    badge: null,
  },
  {
    name: 'Connect on a suggestion in People you may know',
    ...clicked('connect:sam'),
    ...ASKS.friendRequest,
    who: `${SAM} · “Connect”`,
    badge: SAME_NAME,
  },
  {
    name: 'Follow on a suggestion with only its text (the card names the member)',
    ...clicked('follow:maria'),
    ...ASKS.follow,
    who: `${MARIA} · “Follow”`,
    badge: ON_LIST,
  },
  {
    name: 'Follow in a client’s profile header',
    url: PROFILE,
    ...clicked('follow:maria'),
    ...ASKS.follow,
    who: `${MARIA} · “Follow”`,
    badge: ON_LIST,
  },
  {
    name: 'Connect as an item of a profile’s More menu',
    url: PROFILE,
    ...clicked('connect:maria'),
    ...ASKS.friendRequest,
    who: `${MARIA} · “Connect”`,
    badge: ON_LIST,
  },
  {
    name: 'Connect in People also viewed: the suggested member, not the profile’s',
    url: PROFILE,
    ...clicked('connect:alex'),
    ...ASKS.friendRequest,
    who: `${ALEX} · “Connect”`,
    badge: null,
  },
  {
    name: 'Follow in the header of a client’s post',
    url: FEED,
    ...clicked('follow:maria'),
    ...ASKS.follow,
    who: `${MARIA} · “Follow”`,
    badge: ON_LIST,
  },
  {
    name: 'Comment on a client’s post',
    url: FEED,
    draft: { into: at('comment-editor:maria'), text: 'Great points, thank you.' },
    act: { click: at('comment:maria') },
    ...ASKS.reply,
    who: `${MARIA} · “Comment”`,
    badge: ON_LIST,
    happens: 'comment:maria=Great points, thank you.',
    events: ['click:comment:maria'],
  },
  {
    name: 'Reply under a client’s comment (the opening step)',
    url: FEED,
    ...clicked('reply:sam'),
    ...ASKS.reply,
    who: `${SAM} · “Reply”`,
    badge: SAME_NAME,
  },
  {
    name: 'Reply in the reply box of a client’s comment, pasted',
    url: FEED,
    draft: { into: at('reply-editor:sam'), text: 'Thanks Sam, see you soon', paste: true },
    act: { click: at('reply-send:sam') },
    ...ASKS.reply,
    who: `${SAM} · “Reply”`,
    badge: SAME_NAME,
    happens: 'reply-send:sam=Thanks Sam, see you soon',
    events: ['click:reply-send:sam'],
  },
  {
    name: 'Enter in the messaging overlay, to a client',
    url: FEED,
    draft: { into: editor('message:sam'), text: 'Yes, I am.' },
    act: enter(editor('message:sam')),
    ...ASKS.message,
    who: `${SAM} · “Enter”`,
    badge: SAME_NAME,
    happens: 'message:sam=Yes, I am.',
    events: ['keydown:message:sam'],
  },
  {
    name: 'Send in the messaging overlay',
    url: FEED,
    draft: { into: editor('message:sam'), text: 'Yes, I am.' },
    act: { click: at('send:sam') },
    ...ASKS.message,
    who: `${SAM} · “Send”`,
    badge: SAME_NAME,
    happens: 'send:sam=Yes, I am.',
    events: ['click:send:sam'],
  },
  {
    name: 'Enter on the messaging page, to a client',
    url: MESSAGING,
    draft: { into: editor('message:maria'), text: 'Friday works.' },
    act: enter(editor('message:maria')),
    ...ASKS.message,
    who: `${MARIA} · “Enter”`,
    badge: ON_LIST,
    happens: 'message:maria=Friday works.',
    events: ['keydown:message:maria'],
  },
  {
    name: 'Send on the messaging page',
    url: MESSAGING,
    draft: { into: editor('message:maria'), text: 'Friday works.' },
    act: { click: at('send:maria') },
    ...ASKS.message,
    who: `${MARIA} · “Send”`,
    badge: ON_LIST,
    happens: 'send:maria=Friday works.',
    events: ['click:send:maria'],
  },
  {
    name: 'Accept on an invitation shown in a conversation',
    url: MESSAGING_INVITATION,
    ...clicked('accept:sam'),
    ...ASKS.accept,
    who: `${SAM} · “Accept”`,
    badge: SAME_NAME,
  },
  {
    name: 'Post in the share box, naming a client',
    url: FEED,
    draft: { into: at('share-editor'), text: 'A good session with Maria Perez today' },
    act: { click: at('post') },
    ...ASKS.post,
    who: '“Post”',
    badge: namesClient('Maria Perez'),
    happens: 'post=A good session with Maria Perez today',
    events: ['click:post'],
  },
  ...LANGUAGES.flatMap(([lang, accept, connect]): GuardedCase[] => [
    {
      name: `"${accept}" on a client’s invitation (${lang})`,
      url: `${NETWORK}?lang=${lang}`,
      ...clicked('accept:maria'),
      ...ASKS.accept,
      who: `${MARIA} · “${accept}”`,
      badge: ON_LIST,
    },
    {
      name: `"${connect}" on a suggestion (${lang})`,
      url: `${NETWORK}?lang=${lang}`,
      ...clicked('connect:sam'),
      ...ASKS.friendRequest,
      who: `${SAM} · “${connect}”`,
      badge: SAME_NAME,
    },
  ]),
  {
    name: 'Accept on the React page (react-dom root delegation)',
    url: REACT_FEED,
    act: { click: e2e('accept:maria') },
    ...ASKS.accept,
    who: `${MARIA} · “Accept”`,
    badge: ON_LIST,
    happens: 'accept:maria',
    events: ['click:accept:maria'],
  },
  {
    name: 'Connect on the React page',
    url: REACT_FEED,
    act: { click: e2e('connect:sam') },
    ...ASKS.friendRequest,
    who: `${SAM} · “Connect”`,
    badge: SAME_NAME,
    happens: 'connect:sam',
    events: ['click:connect:sam'],
  },
  {
    name: 'Comment from a Lexical editor, sent by its form’s submit button',
    ...reactSend('comment:maria-box', 'Great points', 'comment:maria', { click: e2e('comment:maria') }, [
      'click:comment:maria',
      'submit:comment:maria-form',
    ]),
    ...ASKS.reply,
    who: `${MARIA} · “Comment”`,
    badge: ON_LIST,
  },
  {
    name: 'Enter in the overlay’s Lexical editor (the app’s own Enter handler sends)',
    ...reactSend('message-box:sam', 'Yes, I am.', 'message:sam', enter(e2e('message-box:sam')), ['keydown:message-box:sam']),
    ...ASKS.message,
    who: `${SAM} · “Enter”`,
    badge: SAME_NAME,
  },
  {
    name: 'Send in the overlay on the React page',
    ...reactSend('message-box:sam', 'Yes, I am.', 'message:sam', { click: e2e('send:sam') }, ['click:send:sam', 'submit:bubble:sam']),
    ...ASKS.message,
    who: `${SAM} · “Send”`,
    badge: SAME_NAME,
  },
  {
    name: 'Follow in a post’s header on the React page',
    url: REACT_FEED,
    act: { click: e2e('follow:maria') },
    ...ASKS.follow,
    who: `${MARIA} · “Follow”`,
    badge: ON_LIST,
    happens: 'follow:maria',
    events: ['click:follow:maria'],
  },
];

guardedCases(linkedin, GUARDED);

describe('an action in two steps is asked about once', () => {
  it('Connect in the More menu, Proceed, then the invitation dialog’s "Send without a note": no second reminder', async () => {
    const p = await linkedin.open(PROFILE);
    await p.locator(at('connect:maria')).click();
    await waitForReminder(p);
    await choose(p, 'proceed');
    await p.locator(at('send:invite')).click();
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual(['connect:maria', 'send:invite']);
  });

  it('Reply under a comment on the React page, Proceed, then the reply box’s Reply: no second reminder', async () => {
    const p = await linkedin.open(REACT_FEED);
    await p.locator(e2e('reply:sam')).click();
    await waitForReminder(p);
    await choose(p, 'proceed');
    await typeDraft(p, e2e('reply-send:sam-box'), 'See you Thursday');
    await p.locator(e2e('reply-send:sam')).click();
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual(['reply:sam', 'reply-send:sam=See you Thursday']);
  });
});

const UNGUARDED: PassCase[] = [
  { name: 'Ignore on an invitation', ...clicked('ignore:maria') },
  { name: 'Show more on an invitation’s note', ...clicked('show-more:maria') },
  { name: 'Show more under People you may know', ...clicked('show-more:pymk') },
  { name: 'Dismiss a suggestion', ...clicked('dismiss:sam') },
  { name: 'navigation: Messaging in the top bar', ...clicked('nav:messaging') },
  { name: '"Mostrar más" (es)', url: `${NETWORK}?lang=es`, ...clicked('show-more:pymk') },
  { name: '"Ignorieren" (de)', url: `${NETWORK}?lang=de`, ...clicked('ignore:maria') },
  { name: 'Like on a client’s post', url: FEED, ...clicked('like:maria') },
  { name: 'Like on a client’s comment', url: FEED, ...clicked('like:sam') },
  { name: '"…more" on a post', url: FEED, ...clicked('see-more:maria') },
  { name: 'the post’s own Comment and Send buttons (they open a box or a share dialog)', url: FEED, ...clicked('open-comments:maria') },
  { name: 'Send under a post (share in a message: no one chosen yet)', url: FEED, ...clicked('share-send:maria') },
  { name: 'Follow a member who is not a client', url: FEED, ...clicked('follow:alex') },
  {
    name: 'Follow on a company’s post that a client commented on (the company is followed, not her)',
    url: FEED,
    ...clicked('follow:company'),
  },
  {
    name: 'Comment on a stranger’s post that a client liked (the comment answers its author)',
    url: FEED,
    draft: { into: '#comment-box-alex', text: 'Congratulations on the new role!' },
    act: { click: at('comment:alex') },
    happens: 'comment:alex=Congratulations on the new role!',
    events: ['click:comment:alex'],
  },
  { name: 'Load more comments', url: FEED, ...clicked('load-more:maria') },
  { name: 'More and its Save to PDF on a profile', url: PROFILE, ...clicked('pdf:maria') },
  { name: 'Message on a profile (a link to the conversation)', url: PROFILE, ...clicked('message-button:maria') },
  { name: 'Dismiss the invitation dialog', url: PROFILE, ...clicked('dismiss:invite') },
  { name: 'a conversation in the list', url: MESSAGING, ...clicked('open-thread:sam') },
  { name: 'Ignore on an invitation shown in a conversation', url: MESSAGING_INVITATION, ...clicked('ignore:sam') },
  {
    name: 'Like on the React page',
    url: REACT_FEED,
    act: { click: e2e('like:maria') },
    happens: 'like:maria',
    events: ['click:like:maria'],
  },
  {
    name: 'Ignore on the React page',
    url: REACT_FEED,
    act: { click: e2e('ignore:maria') },
    happens: 'ignore:maria',
    events: ['click:ignore:maria'],
  },
  {
    name: '"…more" on the React page',
    url: REACT_FEED,
    act: { click: e2e('see-more:maria') },
    happens: 'see-more:maria',
    events: ['click:see-more:maria'],
  },
];

passCases(linkedin, UNGUARDED);
