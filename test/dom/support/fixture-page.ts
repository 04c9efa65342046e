import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The text of a fixture under test/fixtures/. */
export function fixtureText(path: string): string {
  return readFileSync(resolve(import.meta.dirname, '../../fixtures', path), 'utf8');
}

/**
 * Makes the test's own happy-dom document a fixture page served at `url`: the
 * address (for adapters that read location), html[lang], the title and the body.
 * Scripts in the fixture are not run (happy-dom does not run inserted scripts).
 */
export function loadPage(html: string, url: string, doc: Document = document): Document {
  (doc.defaultView as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const root = doc.documentElement;
  for (const attr of [...root.attributes]) root.removeAttribute(attr.name);
  for (const attr of [...parsed.documentElement.attributes]) root.setAttribute(attr.name, attr.value);
  root.innerHTML = parsed.documentElement.innerHTML;
  return doc;
}

/** Loads test/fixtures/<path> at `url`. */
export function loadFixture(path: string, url: string): Document {
  return loadPage(fixtureText(path), url);
}

/** Where each Facebook fixture is served (test/fixtures/facebook/README.md). */
export const FACEBOOK_PAGES = {
  'friends.html': 'https://www.facebook.com/friends/',
  'requests.html': 'https://www.facebook.com/friends/requests/',
  'profile.html': 'https://www.facebook.com/maria.perez',
  'stranger.html': 'https://www.facebook.com/alex.kim.9',
  'feed.html': 'https://www.facebook.com/',
  'messages.html': 'https://www.facebook.com/messages/t/100001234567890',
  'messages-stranger.html': 'https://www.facebook.com/messages/t/100007777777777',
  'friends-es.html': 'https://www.facebook.com/friends/',
  'feed-es.html': 'https://www.facebook.com/',
  'friends-changed.html': 'https://www.facebook.com/friends/?changed=1',
  'friends-nl.html': 'https://www.facebook.com/friends/?hl=nl',
} as const;

export type FacebookPage = keyof typeof FACEBOOK_PAGES;

export function loadFacebook(page: FacebookPage): Document {
  return loadFixture(`facebook/${page}`, FACEBOOK_PAGES[page]);
}
