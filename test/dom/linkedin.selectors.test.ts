import { describe, expect, it } from 'vitest';
import { Labels } from '../../src/sites/labels';
import { handleOfLink, personIn, profileOwner } from '../../src/sites/linkedin/index';
import { LINKEDIN, MESSAGING_PATH, NETWORK_PATH, PROFILE_PATH } from '../../src/sites/linkedin/selectors';
import { ALL_LINKEDIN_PAGES, LINKEDIN_LANGUAGE_PAGES, LINKEDIN_PAGES, type LinkedinPage, loadLinkedin } from './support/linkedin-pages';

/**
 * Every LinkedIn selector, the fixture pages where it must find something and those where it must find
 * nothing. A selector edit that stops matching its pages, or starts matching elsewhere, fails here.
 */
const LANGUAGE_PAGES: LinkedinPage[] = Object.values(LINKEDIN_LANGUAGE_PAGES);
const MESSAGE_PAGES: LinkedinPage[] = ['feed.html', 'messaging.html', 'messaging-invitation.html'];
const except = (...pages: LinkedinPage[]) => ALL_LINKEDIN_PAGES.filter((p) => !pages.includes(p));

const EXPECTED: Record<keyof typeof LINKEDIN, { matches: LinkedinPage[]; never: LinkedinPage[] }> = {
  profileLink: { matches: ALL_LINKEDIN_PAGES, never: [] },
  editor: { matches: MESSAGE_PAGES, never: except(...MESSAGE_PAGES) },
  comment: { matches: ['feed.html'], never: except('feed.html') },
  post: { matches: ['feed.html'], never: except('feed.html') },
  postActor: { matches: ['feed.html'], never: except('feed.html') },
  dialog: { matches: ['profile.html', 'feed.html'], never: except('profile.html', 'feed.html') },
  messageForm: { matches: MESSAGE_PAGES, never: except(...MESSAGE_PAGES) },
  threadHeader: { matches: MESSAGE_PAGES, never: except(...MESSAGE_PAGES) },
  // The language pages have no navigation bar.
  elsewhere: { matches: except(...LANGUAGE_PAGES), never: LANGUAGE_PAGES },
  main: { matches: ALL_LINKEDIN_PAGES, never: [] },
  profileName: { matches: ['profile.html'], never: except('profile.html') },
};

describe('LinkedIn selectors against the fixture pages', () => {
  it('every selector is listed here, and every page is in a list', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(LINKEDIN).sort());
    for (const [name, { matches, never }] of Object.entries(EXPECTED)) {
      expect([...matches, ...never].sort(), name).toEqual([...ALL_LINKEDIN_PAGES].sort());
    }
  });

  for (const [name, { matches, never }] of Object.entries(EXPECTED) as Array<[keyof typeof LINKEDIN, (typeof EXPECTED)['main']]>) {
    for (const page of matches) {
      it(`${name} matches in ${page}`, () => {
        expect(loadLinkedin(page).querySelectorAll(LINKEDIN[name]).length).toBeGreaterThan(0);
      });
    }
    for (const page of never) {
      it(`${name} matches nothing in ${page}`, () => {
        expect(loadLinkedin(page).querySelectorAll(LINKEDIN[name])).toHaveLength(0);
      });
    }
  }
});

describe('LinkedIn selectors find the right things', () => {
  it('profile links: absolute with a query, relative, subpages; the slug in lower case', () => {
    const doc = loadLinkedin('feed.html');
    const link = (href: string) => {
      const a = doc.createElement('a');
      a.setAttribute('href', href);
      return handleOfLink(a);
    };
    expect(link('https://www.linkedin.com/in/maria-perez-4b1a2c?miniProfileUrn=urn%3Ali')).toBe('maria-perez-4b1a2c');
    expect(link('/in/Maria-Perez-4B1A2C/')).toBe('maria-perez-4b1a2c');
    expect(link('/in/maria-perez-4b1a2c/overlay/contact-info/')).toBe('maria-perez-4b1a2c');
    expect(link('https://de.linkedin.com/in/maria-perez-4b1a2c')).toBe('maria-perez-4b1a2c');
    expect(link('/company/studio-m/')).toBeNull();
    expect(link('https://example.com/in/maria-perez-4b1a2c')).toBeNull();
    expect(link('/messaging/thread/2-OWE0ZTk/')).toBeNull();
  });

  it('a post’s links: the actor’s image link has no text, the name is in the next one', () => {
    const post = loadLinkedin('feed.html').querySelector('[data-post="maria"] .update-components-actor') as Element;
    expect(personIn(post)).toEqual({ handle: 'maria-perez-4b1a2c', name: 'Maria Perez' });
  });

  it('comments are articles, posts are div[role=article]: a reply is an article inside its comment', () => {
    const doc = loadLinkedin('feed.html');
    expect([...doc.querySelectorAll(LINKEDIN.comment)].map((c) => c.getAttribute('data-comment'))).toEqual([
      'sam',
      'alex',
      'maria-company',
    ]);
    expect([...doc.querySelectorAll(LINKEDIN.post)].map((p) => p.getAttribute('data-post'))).toEqual(['maria', 'alex', 'company']);
    expect(doc.querySelector('[data-comment="alex"]')?.parentElement?.closest(LINKEDIN.comment)?.getAttribute('data-comment')).toBe('sam');
  });

  it('a post’s actor is its author’s block, not the "likes this" line above it', () => {
    const doc = loadLinkedin('feed.html');
    const actor = doc.querySelector(`[data-post="alex"] ${LINKEDIN.postActor}`) as Element;
    expect(personIn(actor)).toEqual({ handle: 'alex-kim-77', name: 'Alex Kim' });
    expect(actor.contains(doc.querySelector('[data-fixture-action="context:maria"]'))).toBe(false);
  });

  it('editors: comment and reply boxes in forms, the overlay’s and the share box’s', () => {
    const doc = loadLinkedin('feed.html');
    expect([...doc.querySelectorAll(LINKEDIN.editor)].map((e) => e.id)).toEqual([
      'comment-box-maria',
      'reply-box-sam',
      'comment-box-alex',
      'overlay-box-sam',
      'share-box',
    ]);
    expect([...doc.querySelectorAll(`${LINKEDIN.messageForm} ${LINKEDIN.editor}`)].map((e) => e.id)).toEqual(['overlay-box-sam']);
  });

  it('thread headers: the messaging page’s title bar links the other member, not the member’s own messages', () => {
    const doc = loadLinkedin('messaging.html');
    const header = doc.querySelector(LINKEDIN.threadHeader) as Element;
    expect(personIn(header)).toEqual({ handle: 'maria-perez-4b1a2c', name: 'Maria Perez' });
  });

  it('profileName and the address: the profile page’s member', () => {
    expect(profileOwner(loadLinkedin('profile.html'))).toEqual({ handle: 'maria-perez-4b1a2c', name: 'Maria Perez' });
    expect(profileOwner(loadLinkedin('feed.html'))).toBeNull();
  });

  it('the addresses of the page kinds', () => {
    const path = (page: LinkedinPage) => new URL(LINKEDIN_PAGES[page]).pathname;
    expect(NETWORK_PATH.test(path('network.html'))).toBe(true);
    expect(NETWORK_PATH.test('/mynetwork/invitation-manager/received/')).toBe(true);
    expect(NETWORK_PATH.test('/mynetworks')).toBe(false);
    expect(PROFILE_PATH.exec(path('profile.html'))?.[1]).toBe('maria-perez-4b1a2c');
    expect(PROFILE_PATH.test(path('feed.html'))).toBe(false);
    expect(MESSAGING_PATH.test(path('messaging.html'))).toBe(true);
    expect(MESSAGING_PATH.test(path('feed.html'))).toBe(false);
  });
});

describe('Labels.named: the person a label template names', () => {
  const labels = new Labels({
    en: { accept: ['Accept {name}’s invitation'], follow: ['Follow {name}'] },
    de: { accept: ['Einladung von {name} annehmen'], follow: ['{name} folgen'] },
  });
  const doc = loadLinkedin('network.html');

  it('curly or straight apostrophe, any case; the name as written', () => {
    expect(labels.named(doc, 'accept', 'Accept Maria Perez’s invitation')).toBe('Maria Perez');
    expect(labels.named(doc, 'accept', "accept  María O'Brien's invitation")).toBe("María O'Brien");
    expect(labels.named(doc, 'follow', 'Follow Jordan Blake')).toBe('Jordan Blake');
  });

  it('no name, another label, or a word that only starts like the template: null', () => {
    expect(labels.named(doc, 'follow', 'Follow')).toBeNull();
    expect(labels.named(doc, 'follow', 'Following Jordan Blake')).toBeNull();
    expect(labels.named(doc, 'accept', 'Accept')).toBeNull();
    expect(labels.named(doc, 'accept', 'Accept all invitations')).toBeNull();
  });

  it('a template whose name comes first (German), on a German page', () => {
    const de = loadLinkedin('network-de.html');
    expect(labels.named(de, 'accept', 'Einladung von Maria Perez annehmen')).toBe('Maria Perez');
    expect(labels.named(de, 'follow', 'Maria Perez folgen')).toBe('Maria Perez');
    expect(labels.named(de, 'accept', 'Einladung von Maria Perez ignorieren')).toBeNull();
  });
});
