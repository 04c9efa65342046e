import { defineSite } from '../site';
import { google } from './index';
import { googleLabels } from './labels';

/** Google: its hosts, its adapter, its labels and what it guards. src/sites/site.ts says what each field is for. */
export const googleSite = defineSite({
  platform: 'google',
  matches: ['*://www.google.com/search*', '*://www.google.com/maps*', '*://business.google.com/*'],
  adapter: google,
  labels: googleLabels,
  guards: ['review.respond', 'care', 'marketing'],
});
