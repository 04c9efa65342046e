/**
 * Every Facebook selector in one place. test/dom/facebook.selectors.test.ts
 * checks each against the fixture pages it must (and must not) match.
 */
export const FACEBOOK = {
  /** Lexical editors: comments, replies, Messenger, the post composer. */
  editor: 'div[contenteditable="true"][role="textbox"]',
  /** What Lexical marks its editors with, the same in every language (REAL-MARKUP.md, Facebook 3). */
  lexical: '[data-lexical-editor="true"]',
  /** A friend request's link (`/friends/requests/?profile_id=N`): request cards, the notifications jewel. */
  requestLink: 'a[href*="/friends/requests/"][href*="profile_id="]',
  /** Menus (a profile's "…"): their items are rendered in a layer away from the person they concern. */
  menu: '[role="menu"]',
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
