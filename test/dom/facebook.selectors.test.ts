import { describe, expect, it } from 'vitest';
import { FACEBOOK } from '../../src/sites/facebook/selectors';
import { FACEBOOK_PAGES, type FacebookPage, loadFacebook } from './support/fixture-page';

/**
 * Every selector, the fixture pages where it must find something and those where
 * it must find nothing (after Refined GitHub's selector tests). A selector edit
 * that stops matching its pages, or starts matching elsewhere, fails here.
 */
const EXPECTED: Record<keyof typeof FACEBOOK, { matches: FacebookPage[]; never: FacebookPage[] }> = {
  editor: {
    matches: ['feed.html', 'feed-es.html', 'messages.html', 'messages-stranger.html'],
    never: ['friends.html', 'friends-es.html', 'requests.html', 'profile.html', 'stranger.html'],
  },
  comment: {
    matches: ['feed.html', 'feed-es.html'],
    never: ['friends.html', 'friends-es.html', 'requests.html', 'profile.html', 'stranger.html', 'messages.html'],
  },
  post: {
    matches: ['feed.html', 'feed-es.html'],
    never: ['friends.html', 'friends-es.html', 'requests.html', 'profile.html', 'stranger.html', 'messages.html'],
  },
  postAuthor: {
    matches: ['feed.html', 'feed-es.html'],
    never: ['friends.html', 'friends-es.html', 'requests.html', 'profile.html', 'stranger.html', 'messages.html'],
  },
  dialog: {
    matches: ['feed.html', 'feed-es.html'],
    never: ['friends.html', 'friends-es.html', 'requests.html', 'profile.html', 'stranger.html', 'messages.html'],
  },
  lexical: {
    matches: ['feed.html', 'feed-es.html', 'messages.html', 'messages-stranger.html'],
    never: ['friends.html', 'friends-es.html', 'requests.html', 'profile.html', 'stranger.html'],
  },
  requestLink: {
    matches: ['requests.html'],
    never: ['friends.html', 'friends-es.html', 'profile.html', 'stranger.html', 'feed.html', 'feed-es.html', 'messages.html'],
  },
  // The hand-written pages have no menu; the app pages' profile menu is checked below.
  menu: { matches: [], never: Object.keys(FACEBOOK_PAGES) as FacebookPage[] },
  main: { matches: Object.keys(FACEBOOK_PAGES) as FacebookPage[], never: [] },
  link: { matches: Object.keys(FACEBOOK_PAGES) as FacebookPage[], never: [] },
};

describe('Facebook selectors against the fixture pages', () => {
  it('every selector is listed here', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(FACEBOOK).sort());
  });

  for (const [name, { matches, never }] of Object.entries(EXPECTED) as Array<[keyof typeof FACEBOOK, (typeof EXPECTED)['editor']]>) {
    for (const page of matches) {
      it(`${name} matches in ${page}`, () => {
        expect(loadFacebook(page).querySelectorAll(FACEBOOK[name]).length).toBeGreaterThan(0);
      });
    }
    for (const page of never) {
      it(`${name} matches nothing in ${page}`, () => {
        expect(loadFacebook(page).querySelectorAll(FACEBOOK[name])).toHaveLength(0);
      });
    }
  }
});

describe('Facebook selectors find the right things in the feed', () => {
  it('editor: the comment and reply composers and the post composer, nothing else', () => {
    const doc = loadFacebook('feed.html');
    const labels = [...doc.querySelectorAll(FACEBOOK.editor)].map((e) => e.getAttribute('aria-label'));
    expect(labels).toEqual(['Write a reply…', 'Write a comment…', 'Write a comment…', "What's on your mind, Dana?"]);
  });

  it('comment: every comment and reply, and no post', () => {
    const doc = loadFacebook('feed.html');
    const found = [...doc.querySelectorAll(FACEBOOK.comment)];
    expect(found.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Comment by Dana Whitfield 2 hours ago',
      'Comment by María Pérez 1 hour ago',
      'Reply by Jordan Smith 30 minutes ago',
    ]);
    for (const c of found) expect(c.matches(FACEBOOK.post)).toBe(false);
  });

  it('post: the two posts, and no comment', () => {
    const doc = loadFacebook('feed.html');
    const posts = [...doc.querySelectorAll(FACEBOOK.post)];
    expect(posts.map((p) => p.getAttribute('data-post'))).toEqual(['maria', 'alex']);
  });

  it('postAuthor: one author link per post, never a commenter or a timestamp', () => {
    const doc = loadFacebook('feed.html');
    for (const post of doc.querySelectorAll(FACEBOOK.post)) {
      const authors = [...post.querySelectorAll(FACEBOOK.postAuthor)];
      expect(authors).toHaveLength(1);
      expect(authors[0]?.closest(FACEBOOK.comment)).toBeNull();
    }
    expect([...doc.querySelectorAll(FACEBOOK.postAuthor)].map((a) => a.textContent)).toEqual(['María Pérez', 'Alex Kim']);
  });

  it('dialog: the post composer, holding its editor and Post button', () => {
    const doc = loadFacebook('feed.html');
    const dialogs = [...doc.querySelectorAll(FACEBOOK.dialog)];
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]?.querySelector(FACEBOOK.editor)).not.toBeNull();
    expect(dialogs[0]?.querySelector('[aria-label="Post"]')).not.toBeNull();
  });

  it('main: sidebars and chat lists are landmarks a card search stops at', () => {
    for (const page of ['friends.html', 'feed.html'] as const) {
      const doc = loadFacebook(page);
      expect(doc.querySelector('[role="complementary"]')?.matches(FACEBOOK.main)).toBe(true);
    }
    expect(loadFacebook('messages.html').querySelector('[aria-label="Chats"]')?.matches(FACEBOOK.main)).toBe(true);
  });

  it('editors in Messenger: the thread composer only', () => {
    const doc = loadFacebook('messages.html');
    const editors = [...doc.querySelectorAll(FACEBOOK.editor)];
    expect(editors).toHaveLength(1);
    expect(editors[0]?.getAttribute('aria-label')).toBe('Message');
    expect(editors[0]?.closest('[role="navigation"]')).toBeNull();
  });
});
