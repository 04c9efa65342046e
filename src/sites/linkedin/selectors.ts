/**
 * Every LinkedIn selector in one place: roles, element names and addresses first. Where LinkedIn's markup
 * offers nothing else, its readable BEM class names (`msg-form`, `msg-overlay-bubble-header`: the same
 * since 2018 in public tools' selectors) stand beside a role; its generated class names are never used.
 * test/dom/linkedin.selectors.test.ts checks each against the fixture pages it must (and must not) match.
 */
export const LINKEDIN = {
  /** A link to a member's profile ("/in/maria-perez-4b1a2c/"); linkedinHandle reads the slug. */
  profileLink: 'a[href*="/in/"]',
  /** Text editors: comment and reply boxes, the message box, the share box. */
  editor: '[contenteditable="true"][role="textbox"]',
  /** A comment or a reply: an `article` element; a post is a `div[role=article]`. */
  comment: 'article',
  /** A post in the feed or on its own page. */
  post: 'div[role="article"], [data-urn^="urn:li:activity:"]',
  /**
   * A post's author block (its actor: photo, name, Follow). Above it a post may name someone else, "Maria Perez
   * likes this" / "… reposted this", with a link to their profile: the author is read from here.
   */
  postActor: '.update-components-actor',
  /** Dialogs: the share box, the invitation dialog after Connect. */
  dialog: '[role="dialog"]',
  /** A message form: the messaging page's and each overlay conversation's (the editor may have no label). */
  messageForm: 'form.msg-form',
  /** A conversation's header, which names the other person (messaging page title bar, overlay bubble header). */
  threadHeader: '.msg-title-bar, .msg-overlay-bubble-header',
  /** Where a person is never read from: the page's own navigation and the conversation list. */
  elsewhere: 'nav, header[role="banner"], [role="navigation"], .msg-conversations-container',
  /** The main column: a profile page's header is here; cards beside it are in `aside`. */
  main: 'main, [role="main"]',
  /** A profile page's name. */
  profileName: 'main h1, [role="main"] h1',
} as const;

/** A member's profile page ("/in/maria-perez-4b1a2c/" and its subpages); the slug is the first part. */
export const PROFILE_PATH = /^\/in\/([^/]+)/;
/** My Network: invitations, people you may know ("/mynetwork/", "/mynetwork/invitation-manager/received/", "/mynetwork/grow/"). */
export const NETWORK_PATH = /^\/mynetwork(?:\/|$)/;
/** The messaging page ("/messaging/", "/messaging/thread/2-ABC…/"). */
export const MESSAGING_PATH = /^\/messaging(?:\/|$)/;
