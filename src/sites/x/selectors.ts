/**
 * Every X selector in one place. test/dom/x.selectors.test.ts checks each
 * against the fixture pages it must (and must not) match, including two real
 * saved x.com pages. X marks its controls with data-testid; classes are hashed.
 */
export const X = {
  /** A post in a timeline, a thread, or the copy shown above a reply composer. */
  tweet: 'article[data-testid="tweet"]',
  /** A post's author block (display-name link, @handle link, time). Quoted posts carry one too, later in the article. */
  tweetAuthor: '[data-testid="User-Name"]',
  /** The profile header's name block: display name and @handle as plain spans. */
  profileName: '[data-testid="UserName"]',
  /** A person in a list: followers, following, "Who to follow", follower requests. */
  userCell: '[data-testid="UserCell"]',
  /** The card shown when hovering a name or avatar (rendered in #layers, away from the post). */
  hoverCard: '[data-testid="HoverCard"]',
  /** Avatars name their account in the test id: UserAvatar-Container-HANDLE. */
  avatar: '[data-testid^="UserAvatar-Container-"]',
  /** Follow and Follow back; the prefix is the numeric user id. Following is "-unfollow" and does not match. */
  follow: 'button[data-testid$="-follow"], [role="button"][data-testid$="-follow"]',
  /** The "Follows you" badge beside a handle. */
  followsYou: '[data-testid="userFollowIndicator"]',
  /** A post's Reply button (opens the reply composer). */
  reply: '[data-testid="reply"]',
  /** A post's Repost button (opens the menu with Repost and Quote). */
  repost: '[data-testid="retweet"]',
  /** Dropdown menus (the Repost menu) and their items. */
  menuItem: '[role="menu"] [role="menuitem"]',
  /** The Quote item links to the composer. */
  quoteItem: 'a[href$="/compose/post"][role="menuitem"]',
  /** Modal dialogs: the reply, quote and new-post composers, follower requests. */
  dialog: '[role="dialog"]',
  /** DraftJS composers; a thread being written has tweetTextarea_0, _1, … */
  composer: '[data-testid^="tweetTextarea_"][role="textbox"]',
  /** Send buttons of the composer: "tweetButton" in dialogs, "tweetButtonInline" on timelines and posts. */
  send: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  /** Buttons that start a new, unrelated post or close a composer: the remembered reply target no longer applies. */
  composerReset: '[data-testid="SideNav_NewTweet_Button"], [data-testid="app-bar-close"]',
  /** X Chat (/i/chat): the composer form, its textarea (Enter sends) and send button. */
  chatForm: 'form[data-testid="dm-composer-form"]',
  chatEditor: 'textarea[data-testid="dm-composer-textarea"]',
  chatSend: '[data-testid="dm-composer-send-button"]',
  /** X Chat: the open conversation and its header (name, avatar link). */
  chatPanel: '[data-testid="dm-conversation-panel"]',
  chatHeader: '[data-testid="dm-conversation-header"]',
  /** Conversation list items (dm-conversation-item-ID, message requests dm-message-request-item-ID) and the older list's items. */
  conversationItem: '[data-testid^="dm-conversation-item-"], [data-testid^="dm-message-request-item-"], [data-testid="conversation"]',
  /** The older Messages composer (DraftJS, Enter sends) and its send button. */
  legacyEditor: '[data-testid="dmComposerTextInput"]',
  legacySend: '[data-testid="dmComposerSendButton"]',
  /** The main column: the profile header lives here (sidebars hold other people). */
  primaryColumn: '[data-testid="primaryColumn"]',
  /** Any link that may lead to a profile; handleOfLink decides. */
  link: 'a[href]',
} as const;

/**
 * A conversation's address: X Chat /i/chat/ID, a message request /i/chat/requests/ID,
 * the older /messages/ID (and /messages/requests/ID, unverified). The id is the last part.
 */
export const CONVERSATION_PATH = /^\/(?:i\/chat|messages)\/(?:requests\/)?([^/]+)/;
