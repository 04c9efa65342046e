import { describe, expect, it } from 'vitest';
import { X } from '../../src/sites/x/selectors';
import { load, X_PAGES, type XPage } from './x-load';

/**
 * Each X selector against every fixture page: the exact number of matches
 * where it must match, and none anywhere else. Two pages are real x.com
 * captures (home-2026-02, profile-2026-02); a selector change that stops
 * matching them fails here first.
 */
type Expect = Partial<Record<XPage, number>>;

const EXPECTED: Record<keyof typeof X, Expect> = {
  // Real home: 20 posts (README's "27" counts the string in the page's CSS too); real profile: 9.
  tweet: { home: 20, profile: 9, profileFollowBack: 1, hoverCard: 2, replyDialog: 3, status: 2, quote: 1, composePost: 1, profileEs: 1 },
  // Every post has one, and quoted posts one more (real home: 9 quotes).
  tweetAuthor: {
    home: 29,
    profile: 10,
    profileFollowBack: 1,
    hoverCard: 2,
    replyDialog: 3,
    status: 2,
    quote: 2,
    composePost: 1,
    profileEs: 1,
  },
  profileName: { profile: 1, profileFollowBack: 1, profileEs: 1 },
  // Real home: the 3 "Who to follow" cells.
  userCell: { home: 3, profileFollowBack: 2, followers: 4, followerRequests: 2, profileEs: 1, followerRequestsEs: 1 },
  hoverCard: { hoverCard: 1 },
  avatar: {
    home: 36,
    profile: 11,
    profileFollowBack: 4,
    followers: 4,
    hoverCard: 3,
    followerRequests: 2,
    replyDialog: 4,
    status: 3,
    quote: 3,
    composePost: 2,
    messagesLegacy: 2,
    profileEs: 3,
    followerRequestsEs: 1,
  },
  // Real home: the 3 cells' buttons; real profile: the header's. "-unfollow" (Following) never matches.
  follow: { home: 3, profile: 1, profileFollowBack: 2, followers: 3, hoverCard: 1, status: 1, profileEs: 2 },
  followsYou: { profileFollowBack: 1, followers: 3 },
  reply: { home: 20, profile: 9, profileFollowBack: 1, hoverCard: 2, replyDialog: 2, status: 2, quote: 1, composePost: 1, profileEs: 1 },
  repost: { home: 20, profile: 9, profileFollowBack: 1, hoverCard: 2, replyDialog: 1, status: 1, quote: 1, profileEs: 1 },
  menuItem: { status: 3, quote: 2, profileEs: 4 },
  quoteItem: { quote: 1 },
  dialog: { followerRequests: 1, replyDialog: 1, quote: 1, composePost: 1, followerRequestsEs: 1 },
  // Real home: the "What's happening?" composer.
  composer: { home: 1, replyDialog: 1, status: 1, quote: 1, composePost: 1 },
  send: { home: 1, replyDialog: 1, status: 1, quote: 1, composePost: 1 },
  composerReset: { home: 1, followerRequests: 1, replyDialog: 1, quote: 1, composePost: 2 },
  chatForm: { chat: 1 },
  chatEditor: { chat: 1 },
  chatSend: { chat: 1 },
  chatPanel: { chat: 1, chatRequest: 1, chatRequestEs: 1, chatRequestFr: 1, chatRequestDe: 1, chatRequestPt: 1, chatRequestIt: 1 },
  chatHeader: { chat: 1, chatRequest: 1, chatRequestEs: 1, chatRequestFr: 1, chatRequestDe: 1, chatRequestPt: 1, chatRequestIt: 1 },
  // Message requests: dm-message-request-item-ID rows.
  conversationItem: {
    chat: 3,
    messagesLegacy: 2,
    chatRequest: 2,
    chatRequestEs: 2,
    chatRequestFr: 2,
    chatRequestDe: 2,
    chatRequestPt: 2,
    chatRequestIt: 2,
  },
  legacyEditor: { messagesLegacy: 1 },
  legacySend: { messagesLegacy: 1 },
  primaryColumn: {
    home: 1,
    profile: 1,
    profileFollowBack: 1,
    followers: 1,
    hoverCard: 1,
    followerRequests: 1,
    replyDialog: 1,
    status: 1,
    quote: 1,
    composePost: 1,
    messagesLegacy: 1,
    profileEs: 1,
    followerRequestsEs: 1,
  },
  // Every link; handleOfLink picks the ones that lead to an account.
  link: {
    home: 163,
    profile: 91,
    profileFollowBack: 16,
    followers: 15,
    hoverCard: 16,
    followerRequests: 6,
    replyDialog: 14,
    status: 10,
    quote: 6,
    composePost: 6,
    chat: 1,
    messagesLegacy: 3,
    profileEs: 7,
    followerRequestsEs: 3,
    chatRequest: 1,
    chatRequestEs: 1,
    chatRequestFr: 1,
    chatRequestDe: 1,
    chatRequestPt: 1,
    chatRequestIt: 1,
  },
};

const PAGES = Object.keys(X_PAGES) as XPage[];
const docs = new Map<XPage, Document>();
function doc(page: XPage): Document {
  let d = docs.get(page);
  if (!d) {
    d = load(page);
    docs.set(page, d);
  }
  return d;
}

describe('X selectors', () => {
  it('has expectations for every selector', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(X).sort());
  });

  for (const key of Object.keys(X) as (keyof typeof X)[]) {
    describe(key, () => {
      it.each(PAGES.map((p) => [p, EXPECTED[key][p] ?? 0] as const))('matches %s %i times', (page, count) => {
        expect(doc(page).querySelectorAll(X[key]).length).toBe(count);
      });
    });
  }
});

describe('the real x.com captures', () => {
  it('home: each "Who to follow" cell holds one -follow button and links its account', () => {
    const cells = [...doc('home').querySelectorAll(X.userCell)];
    expect(cells.map((c) => c.querySelectorAll(X.follow).length)).toEqual([1, 1, 1]);
    expect(cells.map((c) => c.querySelector(X.follow)?.getAttribute('aria-label'))).toEqual([
      'Follow @sonofalli',
      'Follow @hwchase17',
      'Follow @antigravity',
    ]);
    for (const c of cells) expect(c.closest('[data-testid="sidebarColumn"]')).not.toBeNull();
  });

  it('home: every post has its author block first, a Reply and a Repost button', () => {
    for (const article of doc('home').querySelectorAll(X.tweet)) {
      expect(article.querySelector(X.tweetAuthor)).not.toBeNull();
      expect(article.querySelectorAll(X.reply)).toHaveLength(1);
      expect(article.querySelectorAll(X.repost)).toHaveLength(1);
    }
  });

  it('home: the composer and its send button (disabled while empty) share the primary column', () => {
    const d = doc('home');
    const send = d.querySelector(X.send);
    expect(send?.getAttribute('data-testid')).toBe('tweetButtonInline');
    expect(send?.hasAttribute('disabled')).toBe(true);
    expect(d.querySelector(X.composer)?.closest(X.primaryColumn)).toBe(send?.closest(X.primaryColumn));
  });

  it('profile: the header follow button sits outside any post, cell or card, beside the UserName block', () => {
    const d = doc('profile');
    const button = d.querySelector(X.follow);
    expect(button?.closest(`${X.tweet}, ${X.userCell}, ${X.hoverCard}`)).toBeNull();
    expect(button?.closest(X.primaryColumn)?.querySelector(X.profileName)?.textContent).toContain('@badlogicgames');
  });
});
