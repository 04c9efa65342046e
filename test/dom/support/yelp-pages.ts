import { loadFixture } from './fixture-page';

/** Where each Yelp fixture is served (test/fixtures/yelp/README.md). */
export const YELP_PAGES = {
  'biz-reviews.html': 'https://biz.yelp.com/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews',
  'biz-reviews-es.html': 'https://biz.yelp.com/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews?hl=es_US',
  'biz-reviews-fr.html': 'https://biz.yelp.com/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews?hl=fr_FR',
  'biz-reviews-de.html': 'https://biz.yelp.com/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews?hl=de_DE',
  'biz-reviews-pt.html': 'https://biz.yelp.com/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews?hl=pt_BR',
  'biz-reviews-it.html': 'https://biz.yelp.com/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews?hl=it_IT',
  'biz-inbox.html': 'https://biz.yelp.com/inbox/Xk2pQ9uLm3vT8wYz1aBcDe/conversation/c1sam',
  'biz-inbox-review.html': 'https://biz.yelp.com/inbox/Xk2pQ9uLm3vT8wYz1aBcDe/conversation/c2robin',
  'www-business.html': 'https://www.yelp.com/biz/harbor-counseling-san-francisco',
  'www-business-2025.html': 'https://www.yelp.com/biz/lakeside-therapy-oakland',
} as const;

/** The pages of the per-language label tables, by language: one reviews page each. */
export const YELP_LANGUAGE_PAGES = {
  es: 'biz-reviews-es.html',
  fr: 'biz-reviews-fr.html',
  de: 'biz-reviews-de.html',
  pt: 'biz-reviews-pt.html',
  it: 'biz-reviews-it.html',
} as const satisfies Record<string, YelpPage>;

export type YelpPage = keyof typeof YELP_PAGES;
export const ALL_YELP_PAGES = Object.keys(YELP_PAGES) as YelpPage[];

export function loadYelp(page: YelpPage): Document {
  return loadFixture(`yelp/${page}`, YELP_PAGES[page]);
}
