import { defineSite } from '../site';
import { google } from './index';
import { googleLabels } from './labels';

/** Google Business Profile reviews: its hosts, its adapter, its labels and what it guards. src/sites/site.ts says what each field is for. */
export const googleSite = defineSite({
  platform: 'google',
  /**
   * Where an owner answers reviews: Google Search's Business Profile panel (/search), Maps (/maps; the app moves
   * between its own paths without loading a page) and business.google.com. Not the rest of www.google.com. Country
   * domains (google.co.uk, google.de, …) are not covered: a match pattern cannot leave the domain open.
   */
  matches: ['*://www.google.com/search*', '*://www.google.com/maps*', '*://business.google.com/*'],
  adapter: google,
  labels: googleLabels,
  // Every owner reply is public; its text is read for client names and for what it reveals or asks.
  guards: ['review.respond', 'post', 'care', 'marketing'],
});
