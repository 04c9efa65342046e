import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/policy/defaults';
import { ACTION_RISKS, PRIVATE_RISKS } from '../../src/ui/copy';
import { ASKS, at, clicked, type GuardedCase, guardedCases, ON_LIST, type PassCase, passCases, typeDraft } from './support/cases';
import { choose, fixtureRecord, onReminderRoot, readReminder, reminderBox, reminderShown, settle, waitForReminder } from './support/page';
import { usePlatform } from './support/platform';

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

/** The React page (test/e2e/pages/yelp/reviews.tsx): the app's handlers and drafts are React's. */
const REACT_REVIEWS = 'https://biz.yelp.com/r2r/RcT7app0000000000000000/reviews';
const PUBLIC_PAGE_2025 = 'https://www.yelp.com/biz/lakeside-therapy-oakland';
const INBOX = 'https://biz.yelp.com/inbox/Xk2pQ9uLm3vT8wYz1aBcDe/conversation/c1sam';
const INBOX_REVIEW = 'https://biz.yelp.com/inbox/Xk2pQ9uLm3vT8wYz1aBcDe/conversation/c2robin';
const INBOX_FIELD = '[data-thread] textarea';
const INBOX_SEND = '[data-thread] button[type="submit"]';
/** One reviews page per language of the label table (test/fixtures/yelp/biz-reviews-*.html), with its Send label. */
const LANGUAGE_PAGES = [
  ['es', 'Enviar', 'es_US'],
  ['fr', 'Envoyer', 'fr_FR'],
  ['de', 'Senden', 'de_DE'],
  ['pt', 'Enviar', 'pt_BR'],
  ['it', 'Invia', 'it_IT'],
] as const;
const languagePage = (lang: string) => `${REVIEWS}?hl=${LANGUAGE_PAGES.find(([l]) => l === lang)?.[2]}`;

const yelp = usePlatform({ clients: CLIENTS_CSV, start: REVIEWS, tabs: 'new' });

const POSSIBLE = 'May be on your client list (a similar name is on it)';
const GENERIC_REPLY = defaultSettings().reviewReplyText;
const SAM_FIELD = '[data-card="sam"] textarea';
const DIALOG_FIELD = '[role="dialog"] textarea';

/** Every response offers the generic reply; the risk depends on where it goes. */
const inPublic = [ACTION_RISKS['review.respond'] as string, GENERIC_REPLY];
const inPrivate = [PRIVATE_RISKS['review.respond'] as string, GENERIC_REPLY];

it('imports the client list, with a Yelp display name', () => {
  expect(yelp.importResult).toMatch(/Imported 2 clients/);
});

const GUARDED: GuardedCase[] = [
  {
    name: 'Thank on a review by "Sam L." (the client Sam Lee?)',
    ...clicked('thank:sam'),
    ...ASKS.review,
    who: 'Sam L. · “Thank”',
    badge: POSSIBLE,
    shows: inPrivate,
  },
  {
    name: 'Comment on a review by "Sam L."',
    ...clicked('open-comment:sam'),
    ...ASKS.review,
    who: 'Sam L. · “Comment”',
    badge: POSSIBLE,
    shows: inPublic,
  },
  {
    name: 'Send of the public comment under "Sam L."’s review',
    draft: { into: SAM_FIELD, text: 'Thank you for your kind words.' },
    act: { click: at('comment:sam') },
    ...ASKS.review,
    who: 'Sam L. · “Send”',
    badge: POSSIBLE,
    shows: inPublic,
    happens: 'comment:sam=Thank you for your kind words.',
    events: ['click:comment:sam'],
  },
  {
    name: 'Direct message on a review by a reviewer who is not a client (every response is guarded)',
    ...clicked('open-message:taylor'),
    ...ASKS.review,
    who: 'Taylor K. · “Direct message”',
    badge: null,
    shows: inPrivate,
  },
  {
    name: 'Send of a direct message to "Robin P." (a client by Yelp name)',
    draft: { into: `${at('message:robin')} textarea`, text: 'Please call the office.' },
    act: { click: `${at('message:robin')} button[type="submit"]` },
    ...ASKS.review,
    who: 'Robin P. · “Send”',
    badge: ON_LIST,
    shows: inPrivate,
    happens: 'message:robin=Please call the office.',
    events: ['click:message:robin', 'submit:message:robin'],
  },
  {
    name: 'Send in a message dialog opened over the reviews page',
    draft: { into: DIALOG_FIELD, text: 'Please call the office.' },
    act: { click: at('message:taylor-dialog') },
    ...ASKS.review,
    who: '“Send”',
    badge: null,
    shows: inPrivate,
    happens: 'message:taylor-dialog=Please call the office.',
    events: ['click:message:taylor-dialog'],
  },
  {
    name: 'Respond publicly on yelp.com (owner view; unverified label)',
    url: PUBLIC_PAGE,
    ...clicked('respond:sam'),
    ...ASKS.review,
    who: 'Sam L. · “Respond publicly”',
    badge: POSSIBLE,
    shows: inPublic,
  },
  ...LANGUAGE_PAGES.map(
    ([lang, send]): GuardedCase => ({
      name: `"${send}" of the public comment under "Sam L."’s review (${lang})`,
      url: languagePage(lang),
      draft: { into: SAM_FIELD, text: 'Merci beaucoup.' },
      act: { click: at('comment:sam') },
      ...ASKS.review,
      who: `Sam L. · “${send}”`,
      badge: POSSIBLE,
      shows: inPublic,
      happens: 'comment:sam=Merci beaucoup.',
      events: ['click:comment:sam'],
    }),
  ),
  {
    name: '"Message direct" as an item of a review card’s "…" menu (French)',
    url: languagePage('fr'),
    ...clicked('open-message:robin'),
    ...ASKS.review,
    who: 'Robin P. · “Message direct”',
    badge: ON_LIST,
    shows: inPrivate,
  },
  {
    name: 'Send in an Inbox thread about a review: a private response to the reviewer',
    url: INBOX_REVIEW,
    draft: { into: INBOX_FIELD, text: 'Please call the office.' },
    act: { click: INBOX_SEND },
    ...ASKS.review,
    who: 'Robin P. · “Send”',
    badge: ON_LIST,
    shows: inPrivate,
    happens: 'reply:robin=Please call the office.',
    events: ['click:reply:robin', 'submit:reply:robin'],
  },
  {
    name: 'Send in an Inbox thread with a customer who may be a client: a message',
    url: INBOX,
    draft: { into: INBOX_FIELD, text: 'Yes, Tuesdays until 8.' },
    act: { click: INBOX_SEND },
    ...ASKS.message,
    who: 'Sam L. · “Send”',
    badge: POSSIBLE,
    happens: 'reply:sam=Yes, Tuesdays until 8.',
    events: ['click:reply:sam', 'submit:reply:sam'],
  },
  {
    name: 'Respond publicly on a review region of the 2025 yelp.com page',
    url: PUBLIC_PAGE_2025,
    ...clicked('respond:taylor'),
    ...ASKS.review,
    who: 'Taylor K. · “Respond publicly”',
    badge: null,
    shows: inPublic,
  },
  {
    name: 'Thank on a React page (react-dom root delegation)',
    url: REACT_REVIEWS,
    act: { click: '[data-e2e="thank:sam"]' },
    ...ASKS.review,
    who: 'Sam L. · “Thank”',
    badge: POSSIBLE,
    shows: inPrivate,
    happens: 'thank:sam',
    events: ['click:thank:sam'],
  },
  {
    name: 'Send of a public comment held in React state',
    url: REACT_REVIEWS,
    draft: { into: '[data-e2e="comment-field:sam"]', text: 'Thank you for your kind words.' },
    act: { click: '[data-e2e="comment:sam"]' },
    ...ASKS.review,
    who: 'Sam L. · “Send”',
    badge: POSSIBLE,
    shows: inPublic,
    happens: 'comment:sam=Thank you for your kind words.',
    events: ['click:comment:sam'],
  },
  {
    name: 'Send of a private message form whose submit React handles',
    url: REACT_REVIEWS,
    draft: { into: '[data-e2e="message-field:robin"]', text: 'Please call the office.' },
    act: { click: '[data-e2e="message:robin"] button[type="submit"]' },
    ...ASKS.review,
    who: 'Robin P. · “Send”',
    badge: ON_LIST,
    shows: inPrivate,
    happens: 'message:robin=Please call the office.',
    events: ['click:message:robin', 'submit:message:robin'],
  },
];

guardedCases(yelp, GUARDED);

describe('a response in two steps', () => {
  it('Comment, then its Send, for the same reviewer: asked once', async () => {
    const p = await yelp.open();
    await p.locator(at('open-comment:sam')).click();
    await waitForReminder(p);
    await choose(p, 'proceed');
    await typeDraft(p, SAM_FIELD, 'Thank you.');
    await p.locator(at('comment:sam')).click();
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual(['open-comment:sam', 'comment:sam=Thank you.']);
  });

  it('a Proceed on Direct message does not cover a public comment to the same reviewer', async () => {
    const p = await yelp.open();
    await p.locator(at('open-message:sam')).click();
    await waitForReminder(p);
    await choose(p, 'proceed');
    await typeDraft(p, SAM_FIELD, 'Thank you.');
    const before = await fixtureRecord(p);
    await p.locator(at('comment:sam')).click();
    const view = await waitForReminder(p);
    expect(view.text).toContain(ACTION_RISKS['review.respond']);
    await choose(p, 'stop');
    expect(await fixtureRecord(p)).toEqual(before);
  });
});

describe('the generic reply', () => {
  it('Copy puts it on the clipboard, by mouse or keyboard, and says Copied; a page script’s click copies nothing', async () => {
    await yelp.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(REVIEWS).origin });
    const p = await yelp.open();
    const clipboard = () => p.evaluate(() => navigator.clipboard.readText());
    const copyButton = () =>
      onReminderRoot(p, (root) => {
        const b = root.querySelector<HTMLElement>('[data-copy]');
        return b ? { label: b.textContent, focused: root.activeElement === b } : null;
      });
    await p.evaluate(() => navigator.clipboard.writeText('before'));
    await p.locator(at('open-comment:sam')).click();
    await waitForReminder(p);
    expect(await copyButton()).toEqual({ label: 'Copy', focused: false });

    // A click that no person made (the only kind a page script can make) does nothing.
    await onReminderRoot(p, (root) => root.querySelector<HTMLElement>('[data-copy]')?.click());
    await settle(p);
    expect(await clipboard()).toBe('before');
    expect((await copyButton())?.label).toBe('Copy');

    const box = await reminderBox(p, '[data-copy]');
    if (!box) throw new Error('no Copy button');
    await p.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(clipboard).toBe(GENERIC_REPLY);
    await expect.poll(async () => (await copyButton())?.label).toBe('Copied');
    // The reminder stays: copying is not an answer.
    expect((await readReminder(p))?.choices).toEqual(['proceed', 'stop']);
    await choose(p, 'stop');

    // From the keyboard: Tab from Stop wraps to Copy, Enter copies.
    await p.evaluate(() => navigator.clipboard.writeText('before'));
    await p.locator(at('open-comment:sam')).click();
    await waitForReminder(p);
    await p.keyboard.press('Tab');
    expect(await copyButton()).toEqual({ label: 'Copy', focused: true });
    await p.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(GENERIC_REPLY);
    await expect.poll(async () => (await copyButton())?.label).toBe('Copied');
    await choose(p, 'stop');
    expect((await fixtureRecord(p)).actions).toEqual([]);
  });
});

const UNGUARDED: PassCase[] = [
  { name: 'Cancel under a comment', ...clicked('cancel:sam') },
  { name: 'Report review (a link)', ...clicked('report:sam') },
  { name: 'Load more', ...clicked('load-more') },
  { name: 'the Inbox link', ...clicked('nav:inbox') },
  { name: 'Edit on an earlier response', ...clicked('edit:jordan') },
  { name: 'the "Thanks" reaction on yelp.com (not "Thank")', url: PUBLIC_PAGE, ...clicked('thanks:sam') },
  { name: 'the "Helpful" reaction on yelp.com', url: PUBLIC_PAGE, ...clicked('helpful:sam') },
  { name: 'Write a review on yelp.com', url: PUBLIC_PAGE, ...clicked('write-review') },
  {
    name: 'a reaction with its label twice (aria-label and aria-hidden text) on the 2025 page',
    url: PUBLIC_PAGE_2025,
    ...clicked('helpful:sam'),
  },
  { name: '"Thanks (3 reactions)" on the 2025 page', url: PUBLIC_PAGE_2025, ...clicked('thanks:taylor') },
  { name: 'Read more on the owner’s response', url: PUBLIC_PAGE_2025, ...clicked('read-more:owner') },
  { name: '"Segnala recensione" in a card’s menu (Italian)', url: languagePage('it'), ...clicked('report:robin') },
  { name: 'another conversation in the Inbox list', url: INBOX, ...clicked('open-thread:robin') },
  { name: 'the attachment button of an Inbox reply', url: INBOX_REVIEW, ...clicked('attach:robin') },
  {
    name: 'the Inbox link on the React page',
    url: REACT_REVIEWS,
    act: { click: '[data-e2e="nav:inbox"]' },
    happens: 'nav:inbox',
    events: ['click:nav:inbox'],
  },
];

passCases(yelp, UNGUARDED);
