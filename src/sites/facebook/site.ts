import { defineSite } from '../site';
import { facebook } from './index';
import { facebookLabels } from './labels';

/** Facebook: its hosts, its adapter, its labels and what it guards. src/sites/site.ts says what each field is for. */
export const facebookSite = defineSite({
  platform: 'facebook',
  /** Every host Facebook serves the same app on (m.facebook.com redirects to www). */
  matches: ['*://www.facebook.com/*', '*://facebook.com/*', '*://web.facebook.com/*', '*://m.facebook.com/*'],
  adapter: facebook,
  labels: facebookLabels,
  guards: ['connect.accept', 'connect.request', 'follow', 'reply', 'message', 'post', 'care', 'care.message', 'marketing'],
});
