import { defineSite } from '../site';
import { x } from './index';
import { xLabels } from './labels';

/** X: its hosts, its adapter, its labels and what it guards. src/sites/site.ts says what each field is for. */
export const xSite = defineSite({
  platform: 'x',
  /** Every host X serves the same app on: x.com and the older twitter.com, bare, www. and mobile. */
  matches: [
    '*://x.com/*',
    '*://www.x.com/*',
    '*://mobile.x.com/*',
    '*://twitter.com/*',
    '*://www.twitter.com/*',
    '*://mobile.twitter.com/*',
  ],
  adapter: x,
  labels: xLabels,
  guards: ['connect.accept', 'follow', 'follow.back', 'reply', 'message', 'post', 'care', 'care.message', 'marketing'],
});
