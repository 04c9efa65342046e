import { defineSite } from '../site';
import { yelp } from './index';
import { yelpLabels } from './labels';

/** Yelp: its hosts, its adapter, its labels and what it guards. src/sites/site.ts says what each field is for. */
export const yelpSite = defineSite({
  platform: 'yelp',
  /** Yelp for Business, where owners answer reviews, and the public site (www and bare host). */
  matches: ['*://biz.yelp.com/*', '*://www.yelp.com/*', '*://yelp.com/*'],
  adapter: yelp,
  labels: yelpLabels,
  // A private message to a reviewer is a review response (the adapter says so); its text may name a client.
  guards: ['review.respond', 'message', 'post', 'care', 'care.message', 'marketing'],
});
