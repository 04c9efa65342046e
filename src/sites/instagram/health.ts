import type { SiteHealth } from '../../guard/action';
import { fieldLabel } from './controls';
import { instagramLabels as labels } from './labels';

/**
 * What Instagram pages must show while their markup is the one the adapter knows (issue 12). Regions are
 * found by element names and addresses (Instagram has no test ids); the labels decide whether they hold.
 */
/** A text field in a form: on a post or reel page, the comment form. */
const COMMENT_FORM_FIELD = 'form textarea, form input:not([type]), form input[type="text"]';

export const instagramHealth: SiteHealth = {
  platform: 'instagram',
  labels,
  testIds: [],
  checks: [
    {
      page: 'post',
      expect: 'comment box',
      // A post (its page, a reel, the post dialog) with a comment form.
      region: (doc) => (/^\/(p|reels?)\//.test(doc.location.pathname) ? doc.querySelector(COMMENT_FORM_FIELD) : null),
      holds: (field, doc) => labels.startsWith(doc, 'commentField', fieldLabel(field)),
    },
    {
      page: 'direct messages',
      expect: 'message box',
      region: (doc) =>
        /^\/direct\/t\//.test(doc.location.pathname) ? doc.querySelector('[contenteditable="true"][role="textbox"], textarea') : null,
      holds: (field, doc) => labels.is(doc, 'messageField', fieldLabel(field)),
    },
  ],
};
