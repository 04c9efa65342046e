import { defineSite } from '../site';
import { instagram } from './index';
import { instagramLabels } from './labels';

/** Instagram: its hosts, its adapter, its labels and what it guards. src/sites/site.ts says what each field is for. */
export const instagramSite = defineSite({
  platform: 'instagram',
  /** Every host Instagram serves the same app on. */
  matches: ['*://www.instagram.com/*', '*://instagram.com/*'],
  adapter: instagram,
  labels: instagramLabels,
  guards: ['connect.accept', 'follow', 'follow.back', 'reply', 'message', 'post', 'care', 'care.message', 'marketing'],
});
