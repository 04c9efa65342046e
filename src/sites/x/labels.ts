import { Labels } from '../labels';

/**
 * Visible texts of X controls that carry no test id of their own (follower
 * requests, a message request's Accept, the Quote menu item) or whose test id
 * does not tell the variant (Follow vs Follow back). Keyed on html[lang]; X
 * sets it from the account's language ("pt" for pt-BR).
 *
 * Where each entry comes from:
 * - "seen": on a real saved x.com page (test/fixtures/x/*-2026-02.html).
 * - "unverified": X's published translation as its web app shows it, not
 *   checked on a saved page. Where a test id or the page's structure tells the
 *   action (the "Follows you" badge, `-follow`, `tweetButton`, the request bar),
 *   the text only tells the variant apart.
 */
export const xLabels = new Labels({
  en: {
    // Unverified: the saved pages show "Follow" only (aria-label "Follow @handle"); the badge tells a follow back in any language.
    followBack: ['Follow back', 'Follow Back'],
    /** A post's "…" menu item "Follow @handle"; the handle is cut off before matching. Seen: no; unverified. */
    followItem: ['Follow'],
    // Unverified (follower requests and message requests are not in the saved pages).
    accept: ['Accept'],
    decline: ['Decline'],
    /** The other buttons of a message request's bar, beside Accept. Unverified. */
    refuse: ['Delete', 'Block', 'Report'],
    // Unverified: the Repost menu is not open in the saved pages.
    quote: ['Quote'],
  },
  es: {
    // All unverified (X's Spanish translation).
    followBack: ['Seguir también', 'Seguir de vuelta'],
    followItem: ['Seguir a'],
    accept: ['Aceptar'],
    decline: ['Rechazar'],
    refuse: ['Eliminar', 'Bloquear', 'Denunciar'],
    quote: ['Citar'],
  },
  fr: {
    // All unverified (X's French translation).
    followBack: ['Suivre en retour'],
    followItem: ['Suivre'],
    accept: ['Accepter'],
    decline: ['Refuser'],
    refuse: ['Supprimer', 'Bloquer', 'Signaler'],
    quote: ['Citer'],
  },
  de: {
    // All unverified (X's German translation). The menu item reads "@handle folgen": the handle is cut off wherever it stands.
    followBack: ['Zurückfolgen'],
    followItem: ['folgen'],
    accept: ['Annehmen', 'Akzeptieren'],
    decline: ['Ablehnen'],
    refuse: ['Löschen', 'Blockieren', 'Melden'],
    quote: ['Zitieren'],
  },
  pt: {
    // All unverified (X's Brazilian Portuguese translation).
    followBack: ['Seguir de volta'],
    followItem: ['Seguir'],
    accept: ['Aceitar'],
    decline: ['Recusar'],
    refuse: ['Excluir', 'Bloquear', 'Denunciar'],
    quote: ['Citar'],
  },
  it: {
    // All unverified (X's Italian translation).
    followBack: ['Ricambia', 'Segui anche tu'],
    followItem: ['Segui'],
    accept: ['Accetta'],
    decline: ['Rifiuta'],
    refuse: ['Elimina', 'Blocca', 'Segnala'],
    quote: ['Cita'],
  },
});
