import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/policy/defaults';
import { ACTION_RISKS } from '../../src/ui/copy';
import { ASKS, at, clicked, type GuardedCase, guardedCases, ON_LIST, type PassCase, passCases, typeDraft } from './support/cases';
import { choose, fixtureRecord, reminderShown, waitForReminder } from './support/page';
import { usePlatform } from './support/platform';

/**
 * The built extension on Google Business Profile reviews, as the owner sees them (test/fixtures/google/): Reply and
 * Edit on a review, and the reply box's send, on Maps, on Search's reviews dialog and on business.google.com. Every
 * reply is public and guarded, whoever the reviewer is; the reminder names the reviewer as Google shows them, says
 * when that may be a client (by name) or is one (by contributor id), and offers the therapist's generic reply.
 */

const MAPS = 'https://www.google.com/maps/place/Harbor+Counseling/@37.7749,-122.4194,17z';
const SEARCH = 'https://www.google.com/search?q=harbor+counseling+san+francisco';
const BUSINESS = 'https://business.google.com/reviews';
/** The React page (test/e2e/pages/google/reviews.tsx): the reply form exists only once React has opened it. */
const REACT_REVIEWS = 'https://business.google.com/n/4471203958812754032/reviews';
/** One reviews list per language of the label table (test/fixtures/google/business-reviews-*.html), with its Reply label. */
const LANGUAGE_PAGES = [
  ['es', 'Responder'],
  ['fr', 'Répondre'],
  ['de', 'Antworten'],
  ['pt-BR', 'Responder'],
  ['it', 'Rispondi'],
] as const;

// Sam Lee has no contributor id on file: "Sam L." can only be a possible match. Robin Park's Google profile is on file.
const CLIENTS_CSV = ['name,google', 'Sam Lee,', 'Robin Park,https://www.google.com/maps/contrib/112233445566778899001/reviews', ''].join(
  '\n',
);

const google = usePlatform({ clients: CLIENTS_CSV, start: BUSINESS, tabs: 'new' });

const POSSIBLE = 'May be on your client list (a similar name is on it)';
const GENERIC_REPLY = defaultSettings().reviewReplyText;
/** Every owner reply on Google is public: the risk and the generic reply. */
const inPublic = [ACTION_RISKS['review.respond'] as string, GENERIC_REPLY];
// The reminder names the reviewer as the review does; their account number (read from the review, and what makes
// Robin Park's badge "On your client list") is never shown.
const SAM = 'Sam L.';
const ROBIN = 'Robin Park';
const TAYLOR = 'Taylor Kim';
const JORDAN = 'Jordan S.';
const SAM_BOX = '[data-card="sam"] textarea';
const SAM_SEARCH_BOX = '[data-card="sam"] [contenteditable="true"]';
const submitOf = (card: string) => `[data-card="${card}"] button[type="submit"]`;

it('imports the client list, with a Google profile link', () => {
  expect(google.importResult).toMatch(/Imported 2 clients/);
});

const GUARDED: GuardedCase[] = [
  {
    name: 'Maps: Reply on a review by "Sam L." (the client Sam Lee?)',
    url: MAPS,
    ...clicked('open-reply:sam'),
    ...ASKS.review,
    who: `${SAM} · “Reply”`,
    badge: POSSIBLE,
    shows: inPublic,
  },
  {
    name: 'Maps: Post in the reply box under "Sam L."’s review',
    url: MAPS,
    draft: { into: SAM_BOX, text: 'Thank you for your kind words.' },
    act: { click: at('post:sam') },
    ...ASKS.review,
    who: `${SAM} · “Post”`,
    badge: POSSIBLE,
    shows: inPublic,
    happens: 'post:sam=Thank you for your kind words.',
    events: ['click:post:sam'],
  },
  {
    name: 'Maps: Reply on a review by Robin Park (a client by contributor id)',
    url: MAPS,
    ...clicked('open-reply:robin'),
    ...ASKS.review,
    who: `${ROBIN} · “Reply”`,
    badge: ON_LIST,
    shows: inPublic,
  },
  {
    name: 'Maps: Edit of an earlier reply to a reviewer who is not a client (every reply is guarded)',
    url: MAPS,
    ...clicked('edit:jordan'),
    ...ASKS.review,
    who: `${JORDAN} · “Edit”`,
    badge: null,
    shows: inPublic,
  },
  {
    name: 'Search: Reply on a review in the Business Profile’s reviews dialog',
    url: SEARCH,
    ...clicked('open-reply:taylor'),
    ...ASKS.review,
    who: `${TAYLOR} · “Reply”`,
    badge: null,
    shows: inPublic,
  },
  {
    name: 'Search: the box’s own Reply sends a contenteditable draft',
    url: SEARCH,
    draft: { into: SAM_SEARCH_BOX, text: 'Thank you.' },
    act: { click: at('reply:sam') },
    ...ASKS.review,
    who: `${SAM} · “Reply”`,
    badge: POSSIBLE,
    shows: inPublic,
    happens: 'reply:sam=Thank you.',
    events: ['click:reply:sam'],
  },
  {
    name: 'Search: Edit of the reply to Robin Park',
    url: SEARCH,
    ...clicked('edit:robin'),
    ...ASKS.review,
    who: `${ROBIN} · “Edit”`,
    badge: ON_LIST,
    shows: inPublic,
  },
  {
    name: 'business.google.com: the reply form’s Reply (a submit) under "Sam L."’s review',
    draft: { into: SAM_BOX, text: 'Thank you for your feedback.' },
    act: { click: submitOf('sam') },
    ...ASKS.review,
    who: `${SAM} · “Reply”`,
    badge: POSSIBLE,
    shows: inPublic,
    happens: 'reply-form:sam=Thank you for your feedback.',
    events: ['click:reply-form:sam', 'submit:reply-form:sam'],
  },
  {
    name: 'business.google.com: Reply on an unanswered review',
    ...clicked('open-reply:taylor'),
    ...ASKS.review,
    who: `${TAYLOR} · “Reply”`,
    badge: null,
    shows: inPublic,
  },
  {
    name: 'business.google.com: Edit of the reply to Robin Park',
    ...clicked('edit:robin'),
    ...ASKS.review,
    who: `${ROBIN} · “Edit”`,
    badge: ON_LIST,
    shows: inPublic,
  },
  ...LANGUAGE_PAGES.map(
    ([hl, reply]): GuardedCase => ({
      name: `business.google.com (${hl}): "${reply}" of the reply form under Taylor Kim’s review`,
      url: `${BUSINESS}?hl=${hl}`,
      draft: { into: '[data-card="taylor"] textarea', text: 'Merci beaucoup.' },
      act: { click: submitOf('taylor') },
      ...ASKS.review,
      who: `${TAYLOR} · “${reply}”`,
      badge: null,
      shows: inPublic,
      happens: 'reply-form:taylor=Merci beaucoup.',
      events: ['click:reply-form:taylor', 'submit:reply-form:taylor'],
    }),
  ),
  ...LANGUAGE_PAGES.map(
    ([hl, reply]): GuardedCase => ({
      name: `business.google.com (${hl}): "${reply}" on "Sam L."’s review`,
      url: `${BUSINESS}?hl=${hl}`,
      ...clicked('open-reply:sam'),
      ...ASKS.review,
      who: `${SAM} · “${reply}”`,
      badge: POSSIBLE,
      shows: inPublic,
    }),
  ),
  {
    name: 'React: Reply on a review (react-dom root delegation)',
    url: REACT_REVIEWS,
    act: { click: '[data-e2e="open-reply:sam"]' },
    ...ASKS.review,
    who: `${SAM} · “Reply”`,
    badge: POSSIBLE,
    shows: inPublic,
    happens: 'open-reply:sam',
    events: ['click:open-reply:sam'],
  },
  {
    name: 'React: Edit of the reply to Robin Park',
    url: REACT_REVIEWS,
    act: { click: '[data-e2e="edit:robin"]' },
    ...ASKS.review,
    who: `${ROBIN} · “Edit”`,
    badge: ON_LIST,
    shows: inPublic,
    happens: 'edit:robin',
    events: ['click:edit:robin'],
  },
];

guardedCases(google, GUARDED);

describe('a reply in two steps', () => {
  it('Maps: Reply, then Post, for the same reviewer: asked once', async () => {
    const p = await google.open(MAPS);
    await p.locator(at('open-reply:sam')).click();
    await waitForReminder(p);
    await choose(p, 'proceed');
    await typeDraft(p, SAM_BOX, 'Thank you.');
    await p.locator(at('post:sam')).click();
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual(['open-reply:sam', 'post:sam=Thank you.']);
  });

  it('React: Reply opens the form React renders; its submit sends the draft held in React state, asked once', async () => {
    const p = await google.open(REACT_REVIEWS);
    await p.locator('[data-e2e="open-reply:sam"]').click();
    await waitForReminder(p);
    await choose(p, 'proceed');
    await typeDraft(p, '[data-e2e="reply-field:sam"]', 'Thank you for your feedback.');
    await p.locator('[data-e2e="reply-form:sam"] button[type="submit"]').click();
    expect(await reminderShown(p)).toBe(false);
    expect((await fixtureRecord(p)).actions).toEqual(['open-reply:sam', 'reply:sam=Thank you for your feedback.']);
  });

  it('React: after Edit (Proceed), a reply that reveals care is asked about again at its send; Stop keeps it unsent', async () => {
    const p = await google.open(REACT_REVIEWS);
    await p.locator('[data-e2e="edit:robin"]').click();
    await waitForReminder(p);
    await choose(p, 'proceed');
    await typeDraft(p, '[data-e2e="reply-field:robin"]', ' It was a pleasure working with you in our sessions.');
    const before = await fixtureRecord(p);
    await p.locator('[data-e2e="reply-form:robin"] button[type="submit"]').click();
    const view = await waitForReminder(p);
    expect(view.who).toBe(`${ROBIN} · “Reply”`);
    expect(view.flags).toContain('“in our sessions”');
    await choose(p, 'stop');
    expect(await fixtureRecord(p)).toEqual(before);
  });
});

const UNGUARDED: PassCase[] = [
  { name: 'Maps: Like', url: MAPS, ...clicked('like:sam') },
  { name: 'Maps: Share', url: MAPS, ...clicked('share:sam') },
  { name: 'Maps: the review’s actions menu (report)', url: MAPS, ...clicked('actions:sam') },
  { name: 'Maps: More (show the whole review)', url: MAPS, ...clicked('more:sam') },
  { name: 'Maps: Cancel in the reply box', url: MAPS, ...clicked('cancel:sam') },
  { name: 'Maps: Delete of an earlier reply', url: MAPS, ...clicked('delete:jordan') },
  { name: 'Maps: Sort', url: MAPS, ...clicked('sort') },
  { name: 'Maps: More reviews', url: MAPS, ...clicked('more-reviews') },
  { name: 'Maps: the reviewer’s profile', url: MAPS, ...clicked('profile-name:sam') },
  { name: 'Search: Helpful', url: SEARCH, ...clicked('helpful:sam') },
  { name: 'Search: Flag as inappropriate', url: SEARCH, ...clicked('flag:sam') },
  { name: 'Search: More on a long review', url: SEARCH, ...clicked('show-more:taylor') },
  { name: 'Search: Read reviews', url: SEARCH, ...clicked('read-reviews') },
  { name: 'Search: More Google reviews', url: SEARCH, ...clicked('more-reviews') },
  {
    name: 'Search: Submit in the "Send feedback" dialog over the reviews',
    url: SEARCH,
    draft: { into: '[aria-label="Describe your feedback"]', text: 'Reply is slow' },
    act: { click: at('feedback:submit') },
    happens: 'feedback:submit=Reply is slow',
    events: ['click:feedback:submit'],
  },
  { name: 'business.google.com: the Unreplied tab', ...clicked('tab:unreplied') },
  { name: 'business.google.com: Show more', ...clicked('show-more') },
  { name: 'business.google.com: Report review', ...clicked('flag:sam') },
  { name: 'business.google.com: Delete of a reply', ...clicked('delete:robin') },
  { name: 'business.google.com: navigation', ...clicked('nav:locations') },
  { name: 'business.google.com (de): Löschen', url: `${BUSINESS}?hl=de`, ...clicked('delete:robin') },
  {
    name: 'React: Share review',
    url: REACT_REVIEWS,
    act: { click: '[data-e2e="share:sam"]' },
    happens: 'share:sam',
    events: ['click:share:sam'],
  },
  {
    name: 'React: Show more',
    url: REACT_REVIEWS,
    act: { click: '[data-e2e="show-more"]' },
    happens: 'show-more',
    events: ['click:show-more'],
  },
];

passCases(google, UNGUARDED);
