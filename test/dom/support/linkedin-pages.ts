import { loadFixture } from './fixture-page';

/** Where each LinkedIn fixture is served (test/fixtures/linkedin/README.md). */
export const LINKEDIN_PAGES = {
  'network.html': 'https://www.linkedin.com/mynetwork/grow/',
  'network-es.html': 'https://www.linkedin.com/mynetwork/grow/?lang=es',
  'network-fr.html': 'https://www.linkedin.com/mynetwork/grow/?lang=fr',
  'network-de.html': 'https://www.linkedin.com/mynetwork/grow/?lang=de',
  'network-pt.html': 'https://www.linkedin.com/mynetwork/grow/?lang=pt',
  'network-it.html': 'https://www.linkedin.com/mynetwork/grow/?lang=it',
  'profile.html': 'https://www.linkedin.com/in/maria-perez-4b1a2c/',
  'feed.html': 'https://www.linkedin.com/feed/',
  'messaging.html': 'https://www.linkedin.com/messaging/thread/2-OWE0ZTk/',
  'messaging-invitation.html': 'https://www.linkedin.com/messaging/thread/2-SAMINVITE/',
} as const;

/** The pages of the per-language label tables, by language: My Network, one invitation and one suggestion each. */
export const LINKEDIN_LANGUAGE_PAGES = {
  es: 'network-es.html',
  fr: 'network-fr.html',
  de: 'network-de.html',
  pt: 'network-pt.html',
  it: 'network-it.html',
} as const satisfies Record<string, LinkedinPage>;

export type LinkedinPage = keyof typeof LINKEDIN_PAGES;
export const ALL_LINKEDIN_PAGES = Object.keys(LINKEDIN_PAGES) as LinkedinPage[];

export function loadLinkedin(page: LinkedinPage): Document {
  return loadFixture(`linkedin/${page}`, LINKEDIN_PAGES[page]);
}
