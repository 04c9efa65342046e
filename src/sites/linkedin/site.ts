import { defineSite } from '../site';
import { linkedin } from './index';
import { linkedinLabels } from './labels';

/** LinkedIn: its hosts, its adapter, its labels and what it guards. src/sites/site.ts says what each field is for. */
export const linkedinSite = defineSite({
  platform: 'linkedin',
  matches: ['*://www.linkedin.com/*'],
  adapter: linkedin,
  labels: linkedinLabels,
  guards: ['connect.accept', 'connect.request', 'follow', 'reply', 'message', 'post', 'care', 'care.message', 'marketing'],
});
