/**
 * Every Instagram selector in one place. Instagram has no test ids and hashed
 * classes, so these lean on element names, ARIA and URL shapes.
 * test/dom/instagram.selectors.test.ts checks each against the fixture pages it
 * must (and must not) match.
 */
export const INSTAGRAM = {
  /** The username in a profile's header (on /USERNAME/). */
  profileUsername: 'header section h2 span, header h2 span',
  /** A profile header or a post's header. */
  header: 'header',
  /** A post in the feed, on /p/ID pages and in the post dialog. */
  post: 'article',
  /** Comments and replies are list items; a post's author is named outside them. */
  commentList: 'ul',
  /** Text fields: comment textareas and inputs, the DM and caption editors. */
  field: 'textarea, input:not([type]), input[type="text"], [contenteditable="true"], [contenteditable=""], [role="textbox"]',
  /** A post's comment box: a textarea in the comment form (REAL-MARKUP.md, Instagram 2). */
  commentBox: 'form textarea',
  /** The Direct composer: a contenteditable textbox (REAL-MARKUP.md, Instagram 3), no longer a textarea. */
  messageBox: '[role="textbox"][contenteditable="true"], textarea',
  /** Follower lists, follow requests panels, the post and create-post dialogs. */
  dialog: '[role="dialog"]',
  /** Buttons have only visible text in nested divs (or an svg title). */
  control: 'button, [role="button"]',
  /** Any link that may lead to a profile; profilePath decides. */
  link: 'a[href]',
  /** The conversation list beside a DM thread: a thread pane never contains it. */
  threadLink: 'a[href^="/direct/t/"], a[href*="instagram.com/direct/t/"]',
  /** Site navigation: the person search never climbs into it. */
  navigation: 'nav, [role="navigation"]',
} as const;

/** A profile link's path: one segment and a slash ("/maria.perez/"). */
export const PROFILE_PATH = /^\/([\w.]+)\/?$/;
