import { describe, expect, it } from 'vitest';
import {
  ASKS,
  at,
  clicked,
  enter,
  fieldText,
  type GuardedCase,
  guardedCases,
  namesClient,
  ON_LIST,
  type PassCase,
  passCases,
  typeDraft,
} from './support/cases';
import { choose, fixtureRecord, reminderShown, waitForReminder } from './support/page';
import { usePlatform } from './support/platform';

/**
 * The built extension on hand-written Instagram pages (test/fixtures/instagram/),
 * with a client list imported through the options page. The harness on each page
 * stands in for Instagram's own listeners: Stop must keep every guarded event from
 * them, Proceed must let the action happen exactly once.
 */

const CLIENTS_CSV = [
  'name,aliases,instagram,yelp',
  '"María José Pérez","Maria Perez; María Pérez",https://www.instagram.com/maria.perez/,',
  'Sam Lee,,@sam.lee,',
  '',
].join('\r\n');

const ig = usePlatform({ clients: CLIENTS_CSV, start: 'https://www.instagram.com/', tabs: 'new' });

it('imports the client list with Instagram handles given as a URL and with @', () => {
  expect(ig.importResult).toMatch(/Imported 2 clients/);
});

const GUARDED: GuardedCase[] = [
  {
    name: 'Follow Back on a client’s profile',
    url: '/maria.perez/',
    ...clicked('follow-back:maria'),
    ...ASKS.followBack,
    who: 'María Pérez (@maria.perez) · “Follow Back”',
    badge: ON_LIST,
  },
  {
    name: 'Follow Back on the bare host instagram.com',
    url: 'https://instagram.com/maria.perez/',
    ...clicked('follow-back:maria'),
    ...ASKS.followBack,
    who: 'María Pérez (@maria.perez) · “Follow Back”',
    badge: ON_LIST,
  },
  {
    name: 'Follow Back on a suggested account that is not a client (any follow back is guarded)',
    url: '/',
    ...clicked('follow-back:suggested-alex'),
    ...ASKS.followBack,
    who: '@alex.kim · “Follow Back”',
    badge: null,
  },
  {
    name: 'Follow Back in the followers list',
    url: '/dana.therapist/followers/',
    ...clicked('follow-back:maria-row'),
    ...ASKS.followBack,
    who: 'María Pérez (@maria.perez) · “Follow Back”',
    badge: ON_LIST,
  },
  {
    name: 'Follow on a client’s profile',
    url: '/sam.lee/',
    ...clicked('follow:sam-profile'),
    ...ASKS.follow,
    who: '@sam.lee · “Follow”',
    badge: ON_LIST,
  },
  {
    name: 'Confirm a client’s follow request',
    url: '/accounts/activity/?followRequests=1',
    ...clicked('accept:maria'),
    ...ASKS.accept,
    who: 'María Pérez (@maria.perez) · “Confirm”',
    badge: ON_LIST,
  },
  {
    name: 'Confirm a stranger’s follow request (any accept is guarded)',
    url: '/accounts/activity/?followRequests=1',
    ...clicked('accept:alex'),
    ...ASKS.accept,
    who: 'Alex Kim (@alex.kim) · “Confirm”',
    badge: null,
  },
  {
    name: 'Enter in the comment field of a client’s post (Proceed clicks Post, which submits the form)',
    url: '/p/C0ABC123/',
    draft: { into: `textarea${at('comment:post-maria')}`, text: 'Thinking of you' },
    act: enter(`textarea${at('comment:post-maria')}`),
    ...ASKS.reply,
    who: '@maria.perez · “Enter”',
    badge: ON_LIST,
    happens: 'comment:post-maria=Thinking of you',
    events: ['click:comment:post-maria', 'submit:comment:post-maria'],
  },
  {
    name: 'the Post submit button on a client’s post',
    url: '/p/C0ABC123/',
    draft: { into: `textarea${at('comment:post-maria')}`, text: 'Sending strength' },
    act: { click: `${at('comment:post-maria')} button[type="submit"]` },
    ...ASKS.reply,
    who: '@maria.perez · “Post”',
    badge: ON_LIST,
    happens: 'comment:post-maria=Sending strength',
    events: ['click:comment:post-maria', 'submit:comment:post-maria'],
  },
  {
    name: 'the Post button of a client’s post in the feed (not the commenter above the field)',
    url: '/',
    draft: { into: `textarea${at('comment:feed-maria')}`, text: 'Hugs' },
    act: { click: `[role="button"]${at('comment:feed-maria')}` },
    ...ASKS.reply,
    who: '@maria.perez · “Post”',
    badge: ON_LIST,
    happens: 'comment:feed-maria=Hugs',
    events: ['click:comment:feed-maria'],
  },
  {
    name: 'Enter in a reel’s comment input (Proceed clicks Post)',
    url: '/reels/C1REEL456/',
    draft: { into: `input${at('comment:reel-maria')}`, text: 'Great pace!' },
    act: enter(`input${at('comment:reel-maria')}`),
    ...ASKS.reply,
    who: '@maria.perez · “Enter”',
    badge: ON_LIST,
    happens: 'comment:reel-maria=Great pace!',
    events: ['click:comment:reel-maria'],
  },
  {
    name: 'Enter in a DM thread with a client (Proceed clicks Send)',
    url: '/direct/t/340282366841710300949128132/',
    draft: { into: `[contenteditable]${at('message:maria')}`, text: 'We can talk on Tuesday' },
    act: enter(`[contenteditable]${at('message:maria')}`),
    ...ASKS.message,
    who: 'María Pérez (@maria.perez) · “Enter”',
    badge: ON_LIST,
    happens: 'message:maria=We can talk on Tuesday',
    events: ['click:message:maria'],
  },
  {
    name: 'the Send button in a DM thread with a client',
    url: '/direct/t/340282366841710300949128132/',
    draft: { into: `[contenteditable]${at('message:maria')}`, text: 'Please call the office' },
    act: { click: `[role="button"]${at('message:maria')}` },
    ...ASKS.message,
    who: 'María Pérez (@maria.perez) · “Send”',
    badge: ON_LIST,
    happens: 'message:maria=Please call the office',
    events: ['click:message:maria'],
  },
  {
    name: 'a DM to a stranger that names a client',
    url: '/direct/t/340282366841710300949128777/',
    draft: { into: `textarea${at('message:alex')}`, text: 'Maria Perez says hi' },
    act: enter(`textarea${at('message:alex')}`),
    ...ASKS.message,
    who: 'Alex Kim (@alex.kim) · “Enter”',
    badge: namesClient('Maria Perez'),
    happens: 'message:alex=Maria Perez says hi',
    events: ['click:message:alex', 'submit:message:alex'],
  },
  {
    name: 'Share in the create-post dialog with a client’s name in the caption',
    url: '/create/details/',
    draft: { into: at('caption'), text: 'So proud of Maria Perez for finishing her first 10k!' },
    act: { click: at('share') },
    ...ASKS.post,
    who: '“Share”',
    badge: namesClient('Maria Perez'),
    happens: 'share=So proud of Maria Perez for finishing her first 10k!',
    events: ['click:share'],
  },
];

guardedCases(ig, GUARDED);

const UNGUARDED: PassCase[] = [
  { name: 'Follow on a stranger in the followers list', url: '/dana.therapist/followers/', ...clicked('follow:jordan-row') },
  { name: '"Following" (whole-text match: not "Follow")', url: '/dana.therapist/followers/', ...clicked('following:alex-row') },
  { name: '"Requested"', url: '/dana.therapist/followers/', ...clicked('requested:chris-row') },
  { name: 'Delete on a client’s follow request', url: '/accounts/activity/?followRequests=1', ...clicked('delete:maria') },
  { name: 'a "Confirm" that answers a prompt, not a request', url: '/accounts/activity/?followRequests=1', ...clicked('confirm:prompt') },
  { name: 'Like on a client’s post', url: '/p/C0ABC123/', ...clicked('like:post') },
  { name: 'Save on a client’s post', url: '/p/C0ABC123/', ...clicked('save:post') },
  { name: 'a navigation link', url: '/maria.perez/', ...clicked('nav:explore') },
  {
    name: 'the Message button on a client’s profile (opens a thread, sends nothing)',
    url: '/maria.perez/',
    ...clicked('open-message:maria'),
  },
  {
    name: 'a neutral comment on a stranger’s post',
    url: '/',
    draft: { into: `textarea${at('comment:feed-jordan')}`, text: 'Nice shot' },
    act: enter(`textarea${at('comment:feed-jordan')}`),
    happens: 'comment:feed-jordan=Nice shot',
    events: ['keydown:comment:feed-jordan'],
  },
  {
    name: 'a DM to a stranger, with a client in the conversation list',
    url: '/direct/t/340282366841710300949128777/',
    draft: { into: `textarea${at('message:alex')}`, text: 'See you at the gym' },
    act: enter(`textarea${at('message:alex')}`),
    happens: 'message:alex=See you at the gym',
    events: ['keydown:message:alex'],
  },
  {
    name: 'Share in the create-post dialog without a client’s name',
    url: '/create/details/',
    draft: { into: at('caption'), text: 'New office hours from Monday' },
    act: { click: at('share') },
    happens: 'share=New office hours from Monday',
    events: ['click:share'],
  },
];

passCases(ig, UNGUARDED);

describe('reply to a client’s comment', () => {
  it('asks once at Reply; the send that starts with @username is covered, the next one is asked again', async () => {
    const p = await ig.open('/p/C0ABC123/');
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
    const p = await ig.open('/p/C0ABC123/');
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
    const p = await ig.open('/create/details/');
    await typeDraft(p, at('caption'), 'Maria Perez');
    const before = await fixtureRecord(p);
    await p.keyboard.press('Enter');
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual(before.actions);
    expect(await fieldText(p, at('caption'))).toBe('Maria Perez');
  });
});
