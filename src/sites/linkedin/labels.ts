import { Labels } from '../labels';

/**
 * Labels LinkedIn shows on the controls and editors we recognise (aria-label or visible text). LinkedIn's
 * accessible names often carry the person ("Accept Maria Perez’s invitation", "Invite Maria Perez to connect",
 * "Follow Maria Perez"): those are templates, "{name}" standing for the person, read with `labels.named`.
 * Where each string comes from (no page saved from the live site is in reach; see test/fixtures/linkedin/README.md):
 * - `tools`: named by public automation code that runs on www.linkedin.com (2024–2026) — "Accept NAME’s
 *   invitation", "Ignore an invitation to connect from NAME", "Invite NAME to connect", the comment box's
 *   "Comment"/"Post" submit, the message box's "Send". Reported, not seen on a saved page: unverified.
 * - everything else: LinkedIn's wording as it is widely described, unverified.
 * The place of a control decides the action wherever it can (an invitation card, a comment's form, a
 * message thread): the words only say which control of that place was pressed.
 */
/**
 * English travels in the content script; the other languages' tables are in ./translations.ts, and the
 * background hands them to the content script as it starts (each script keeps within its size budget).
 */
export const linkedinLabels = new Labels(
  {
    en: {
      /** An invitation card's Accept: the aria-label names the inviter (tools), the visible text is "Accept". */
      acceptInvitation: ['Accept {name}’s invitation' /* tools */],
      accept: ['Accept' /* tools */],
      ignoreInvitation: ['Ignore an invitation to connect from {name}' /* tools */],
      ignore: ['Ignore'],
      /** Connect: "Invite NAME to connect" as aria-label (tools), "Connect" as text (also a "More" menu item). */
      inviteToConnect: ['Invite {name} to connect' /* tools */],
      connect: ['Connect'],
      /** The invitation dialog that may follow Connect. */
      sendInvitation: ['Send without a note', 'Send', 'Send invitation', 'Send now'],
      followName: ['Follow {name}'],
      follow: ['Follow'],
      /** Words that make a follow label its opposite ("Unfollow NAME"; German "NAME nicht mehr folgen"). */
      notFollow: ['Unfollow', 'Following'],
      /** Under a comment: opens the reply box. */
      replyToComment: ['Reply to {name}’s comment'],
      reply: ['Reply'],
      /** The submit of a comment, reply or message form: "Comment" and "Post" (tools), "Reply", "Send" (tools). */
      submit: ['Comment', 'Post', 'Reply', 'Send'],
      /** The share box's submit (a new post). */
      post: ['Post'],
      /** The message box (messaging page and the overlay): aria-label or placeholder. */
      messageEditor: ['Write a message'],
      /**
       * Comment and reply boxes' placeholders (tools: "Add a comment…"). Not their aria-label, "Text editor for
       * creating content" (tools), which every LinkedIn editor has, the share box's too: it tells no comment box.
       */
      commentEditor: ['Add a comment', 'Add a reply'],
      /** A profile header's message button (health check only: every profile shows Connect, Follow or Message). */
      message: ['Message'],
    },
  },
  ['en', 'es', 'fr', 'de', 'pt', 'it'],
);
