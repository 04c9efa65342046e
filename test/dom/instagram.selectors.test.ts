import { describe, expect, it } from 'vitest';
import { INSTAGRAM_APP_PATHS as RESERVED_PATHS } from '../../src/core/app-paths';
import { handleOfLink } from '../../src/sites/instagram/index';
import { INSTAGRAM, PROFILE_PATH } from '../../src/sites/instagram/selectors';
import { ALL_INSTAGRAM_PAGES, type InstagramPage, loadInstagram } from './support/instagram-pages';

/**
 * Every Instagram selector, the fixture pages where it must find something and
 * those where it must find nothing. A selector edit that stops matching its
 * pages, or starts matching elsewhere, fails here.
 */
const except = (...pages: InstagramPage[]) => ALL_INSTAGRAM_PAGES.filter((p) => !pages.includes(p));

const PROFILES: InstagramPage[] = ['profile-follow-back.html', 'profile-follow.html', 'followers.html', 'profile-es.html'];
const POSTS: InstagramPage[] = ['home.html', 'post.html', 'create-post.html', 'post-es.html'];
const DIRECT: InstagramPage[] = ['direct.html', 'direct-stranger.html', 'direct-es.html'];
const FIELDS: InstagramPage[] = ['home.html', 'post.html', 'reel.html', ...DIRECT, 'create-post.html', 'post-es.html'];

const EXPECTED: Record<keyof typeof INSTAGRAM, { matches: InstagramPage[]; never: InstagramPage[] }> = {
  profileUsername: { matches: PROFILES, never: except(...PROFILES) },
  header: { matches: [...PROFILES, ...POSTS], never: except(...PROFILES, ...POSTS) },
  post: { matches: POSTS, never: except(...POSTS) },
  // Any list: only ever used inside a post, where the lists are comments.
  commentList: {
    matches: ['post.html', 'reel.html', 'post-es.html', 'profile-follow-back.html', 'profile-follow.html'],
    never: ['home.html', 'create-post.html', 'followers.html', 'follow-requests.html', ...DIRECT],
  },
  field: { matches: FIELDS, never: except(...FIELDS) },
  commentBox: {
    matches: ['home.html', 'post.html', 'direct-stranger.html', 'post-es.html'],
    never: except('home.html', 'post.html', 'direct-stranger.html', 'post-es.html'),
  },
  // Any textbox or textarea: only read as a message field on /direct/ pages.
  messageBox: { matches: [...FIELDS.filter((p) => p !== 'reel.html')], never: except(...FIELDS.filter((p) => p !== 'reel.html')) },
  dialog: { matches: ['followers.html', 'create-post.html'], never: except('followers.html', 'create-post.html') },
  control: { matches: ALL_INSTAGRAM_PAGES, never: [] },
  link: { matches: ALL_INSTAGRAM_PAGES, never: [] },
  threadLink: { matches: DIRECT, never: except(...DIRECT) },
  navigation: { matches: ['home.html', 'profile-follow.html'], never: except('home.html', 'profile-follow.html') },
};

describe('Instagram selectors against the fixture pages', () => {
  it('every selector is listed here, and every page is in a list', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(INSTAGRAM).sort());
    for (const [name, { matches, never }] of Object.entries(EXPECTED)) {
      if (name === 'commentList') continue;
      expect([...matches, ...never].sort(), name).toEqual([...ALL_INSTAGRAM_PAGES].sort());
    }
  });

  for (const [name, { matches, never }] of Object.entries(EXPECTED) as Array<[keyof typeof INSTAGRAM, (typeof EXPECTED)['post']]>) {
    for (const page of matches) {
      it(`${name} matches in ${page}`, () => {
        expect(loadInstagram(page).querySelectorAll(INSTAGRAM[name]).length).toBeGreaterThan(0);
      });
    }
    for (const page of never) {
      it(`${name} matches nothing in ${page}`, () => {
        expect(loadInstagram(page).querySelectorAll(INSTAGRAM[name])).toHaveLength(0);
      });
    }
  }
});

describe('Instagram selectors find the right things', () => {
  it('profileUsername: the profile owner in the header, not a post author or a bio link', () => {
    expect(loadInstagram('profile-follow-back.html').querySelector(INSTAGRAM.profileUsername)?.textContent).toBe('maria.perez');
    expect(loadInstagram('profile-follow.html').querySelector(INSTAGRAM.profileUsername)?.textContent).toBe('sam.lee');
    expect(loadInstagram('followers.html').querySelector(INSTAGRAM.profileUsername)?.textContent).toBe('dana.therapist');
  });

  it('field: comment textareas and inputs, DM and caption editors, each by its label', () => {
    const labelsOn = (page: InstagramPage) =>
      [...loadInstagram(page).querySelectorAll(INSTAGRAM.field)].map((f) => f.getAttribute('aria-label') ?? f.getAttribute('placeholder'));
    expect(labelsOn('home.html')).toEqual(['Add a comment…', 'Add a comment…']);
    expect(labelsOn('post.html')).toEqual(['Add a comment…']);
    expect(labelsOn('reel.html')).toEqual(['Add a comment…']);
    expect(labelsOn('direct.html')).toEqual(['Message']);
    expect(labelsOn('direct-stranger.html')).toEqual(['Message...']);
    expect(labelsOn('create-post.html')).toEqual(['Write a caption...']);
    expect(labelsOn('post-es.html')).toEqual(['Agregar un comentario…']);
    expect(labelsOn('direct-es.html')).toEqual(['Mensaje']);
  });

  it('post: the post articles, with the author link in the header', () => {
    const doc = loadInstagram('home.html');
    const authors = [...doc.querySelectorAll(INSTAGRAM.post)].map((p) =>
      p.querySelector(`${INSTAGRAM.header} ${INSTAGRAM.link}`)?.getAttribute('href'),
    );
    expect(authors).toEqual(['/maria.perez/', '/jordan.smith/']);
  });

  it('commentList: in a post page, the comments (caption first) and nothing of the header', () => {
    const doc = loadInstagram('post.html');
    const lists = [...doc.querySelectorAll(INSTAGRAM.commentList)];
    expect(lists).toHaveLength(1);
    expect(lists[0]?.querySelectorAll('li')).toHaveLength(3);
    expect(doc.querySelector(INSTAGRAM.header)?.closest(INSTAGRAM.commentList)).toBeNull();
  });

  it('threadLink: the conversation list only, never the thread header', () => {
    const doc = loadInstagram('direct.html');
    const links = [...doc.querySelectorAll(INSTAGRAM.threadLink)];
    expect(links).toHaveLength(2);
    expect(doc.querySelector('.thread-header')?.querySelector(INSTAGRAM.threadLink)).toBeNull();
  });

  it('dialog: the followers list and the create-post dialog', () => {
    expect(loadInstagram('followers.html').querySelector(INSTAGRAM.dialog)?.querySelectorAll('.row')).toHaveLength(4);
    expect(loadInstagram('create-post.html').querySelector(INSTAGRAM.dialog)?.getAttribute('aria-label')).toBe('Create new post');
  });
});

describe('Instagram profile links', () => {
  it('PROFILE_PATH: one segment and a slash', () => {
    expect(PROFILE_PATH.exec('/maria.perez/')?.[1]).toBe('maria.perez');
    expect(PROFILE_PATH.exec('/maria.perez/followers/')).toBeNull();
    expect(PROFILE_PATH.exec('/p/C0ABC123/')).toBeNull();
  });

  it('the app pages are reserved', () => {
    for (const page of ['explore', 'reels', 'reel', 'p', 'direct', 'accounts', 'stories'])
      expect(RESERVED_PATHS.has(page), page).toBe(true);
  });

  it('handleOfLink: every profile link on a page, and no app page', () => {
    const doc = loadInstagram('profile-follow-back.html');
    const handles = new Set([...doc.querySelectorAll(INSTAGRAM.link)].map(handleOfLink).filter(Boolean));
    expect([...handles].sort()).toEqual(['alex.kim', 'dana.therapist', 'maria.perez', 'sam.lee']);
  });

  it('handleOfLink: absolute links on instagram.com count, other sites and app pages do not', () => {
    const a = (href: string) => {
      const el = document.createElement('a');
      el.setAttribute('href', href);
      return handleOfLink(el);
    };
    expect(a('https://www.instagram.com/Maria.Perez/')).toBe('maria.perez');
    expect(a('https://instagram.com/maria.perez/?hl=es')).toBe('maria.perez');
    expect(a('https://evil.example/maria.perez/')).toBeNull();
    expect(a('/explore/')).toBeNull();
    expect(a('/reels/')).toBeNull();
    expect(a('/direct/inbox/')).toBeNull();
    expect(a('/p/C0ABC123/')).toBeNull();
    expect(a('/maria.perez/followers/')).toBeNull();
    expect(a('/explore/locations/212988663/brooklyn-new-york/')).toBeNull();
  });
});
