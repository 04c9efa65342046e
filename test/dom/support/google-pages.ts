import { loadFixture } from './fixture-page';

/** Where each Google fixture is served (test/fixtures/google/README.md). */
export const GOOGLE_PAGES = {
  'maps-place.html': 'https://www.google.com/maps/place/Harbor+Counseling/@37.7749,-122.4194,17z',
  'search-reviews.html': 'https://www.google.com/search?q=harbor+counseling+san+francisco',
  'business-reviews.html': 'https://business.google.com/reviews',
  'business-reviews-es.html': 'https://business.google.com/reviews?hl=es',
  'business-reviews-fr.html': 'https://business.google.com/reviews?hl=fr',
  'business-reviews-de.html': 'https://business.google.com/reviews?hl=de',
  'business-reviews-pt.html': 'https://business.google.com/reviews?hl=pt-BR',
  'business-reviews-it.html': 'https://business.google.com/reviews?hl=it',
} as const;

/** The pages of the per-language label tables, by language: one reviews list each. */
export const GOOGLE_LANGUAGE_PAGES = {
  es: 'business-reviews-es.html',
  fr: 'business-reviews-fr.html',
  de: 'business-reviews-de.html',
  pt: 'business-reviews-pt.html',
  it: 'business-reviews-it.html',
} as const satisfies Record<string, GooglePage>;

export type GooglePage = keyof typeof GOOGLE_PAGES;
export const ALL_GOOGLE_PAGES = Object.keys(GOOGLE_PAGES) as GooglePage[];

export function loadGoogle(page: GooglePage): Document {
  return loadFixture(`google/${page}`, GOOGLE_PAGES[page]);
}
