import type { SiteHealth } from '../../guard/action';
import { xLabels as labels } from './labels';
import { X } from './selectors';

/**
 * What X pages must show while their markup is the one the adapter knows (issue 12). X marks its controls
 * with test ids: a page with a post or a composer must still carry the ones the adapter keys on.
 */

/**
 * Test ids a report may show as they are (digits as #): those inside the regions the checks look at (a post,
 * an editor). "UserAvatar-Container-*" ends in a handle, shown as a length.
 */
const TEST_IDS = [
  'tweet',
  'tweetText',
  'User-Name',
  'Tweet-User-Avatar',
  'UserAvatar-Container-*',
  '#-follow',
  'reply',
  'retweet',
  'like',
  'bookmark',
  'caret',
  'socialContext',
  'tweetPhoto',
  'tweetTextarea_#',
  'dm-composer-textarea',
  'dmComposerTextInput',
];

export const xHealth: SiteHealth = {
  platform: 'x',
  labels,
  testIds: TEST_IDS,
  checks: [
    {
      page: 'timeline',
      expect: 'tweet, User-Name and reply test ids',
      // The first post of the page: an article in the main column (X's timelines, threads and profiles).
      region: (doc) => doc.querySelector('main article, [role="main"] article'),
      holds: (article) =>
        article.matches(X.tweet) && article.querySelector(X.tweetAuthor) !== null && article.querySelector(X.reply) !== null,
    },
    {
      page: 'composer',
      expect: 'tweetTextarea and tweetButton test ids',
      // A rich-text editor that is not a chat's: the inline composer, the reply, quote and new-post dialogs.
      region: (doc) => doc.querySelector(`[contenteditable="true"][role="textbox"]:not(${X.legacyEditor})`),
      holds: (editor, doc) => editor.matches(X.composer) && doc.querySelector(X.send) !== null,
    },
    {
      page: 'chat',
      expect: 'dm-composer test ids',
      region: (doc) => (/^\/i\/chat\//.test(doc.location.pathname) ? doc.querySelector('form textarea, main textarea') : null),
      holds: (field, doc) => field.matches(X.chatEditor) && doc.querySelector(X.chatSend) !== null,
    },
  ],
};
