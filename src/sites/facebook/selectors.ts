/**
 * Every Facebook selector in one place. test/dom/facebook.selectors.test.ts
 * checks each against the fixture pages it must (and must not) match.
 */
export const FACEBOOK = {
  /** Lexical editors: comments, replies, Messenger, the post composer. */
  editor: 'div[contenteditable="true"][role="textbox"]',
  /** A comment or reply; its aria-label is "Comment by NAME …". */
  comment: 'div[role="article"][aria-label]',
  /** A post in a feed, group or profile. */
  post: 'div[aria-posinset], div[role="article"]:not([aria-label])',
  /** Where a post names its author. */
  postAuthor: 'h2 a[href], h3 a[href], h4 a[href], [data-ad-rendering-role="profile_name"] a[href]',
  /** Dialogs: the post composer, chat windows. */
  dialog: 'div[role="dialog"]',
  /** The main column: a card search never climbs above it into sidebars. */
  main: 'div[role="main"], [role="navigation"], [role="complementary"], [role="banner"]',
  /** Any link that may lead to a profile; facebookHandleFromPath decides. */
  link: 'a[href]',
} as const;
