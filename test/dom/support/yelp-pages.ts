import { loadFixture } from './fixture-page';

/** Where each Yelp fixture is served (test/fixtures/yelp/README.md). */
export const YELP_PAGES = {
  'biz-reviews.html': 'https://biz.yelp.com/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews',
  'biz-reviews-es.html': 'https://biz.yelp.com/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews?hl=es_US',
  'www-business.html': 'https://www.yelp.com/biz/harbor-counseling-san-francisco',
} as const;

export type YelpPage = keyof typeof YELP_PAGES;
export const ALL_YELP_PAGES = Object.keys(YELP_PAGES) as YelpPage[];

export function loadYelp(page: YelpPage): Document {
  return loadFixture(`yelp/${page}`, YELP_PAGES[page]);
}
