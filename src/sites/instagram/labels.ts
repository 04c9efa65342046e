import { Labels } from '../labels';

/**
 * Labels Instagram shows on the controls and fields we recognise (visible text, aria-label or placeholder), in
 * the six languages the guard supports. Matched whole and case-insensitively: "Follow" is not "Following". A
 * comment or DM field is also known without its words (a textarea in a post's form, the textbox of a /direct/
 * thread; index.ts). Where each string comes from:
 * - `seen §N`: read on a page saved from the live site, /work/shared/REAL-MARKUP.md, Instagram N
 *   (§3 is reported by automation tools, not a capture);
 * - everything else: Instagram's published translation of the control, not yet checked against a live page
 *   (unverified). The test pages of test/e2e/pages/instagram/ show the same strings in each language.
 */
export const instagramLabels = new Labels({
  en: {
    follow: ['Follow' /* seen §1 */],
    followBack: ['Follow Back'],
    /** States after a follow; only counted to tell a row from a list. */
    following: ['Following' /* seen §1 */, 'Requested'],
    accept: ['Confirm'],
    decline: ['Delete'],
    reply: ['Reply'],
    post: ['Post' /* seen §2 */],
    send: ['Send'],
    share: ['Share'],
    commentField: ['Add a comment…' /* seen §2, one character "…" */, 'Add a comment'],
    messageField: ['Message' /* seen §3 */, 'Message...'],
    captionField: ['Write a caption'],
    /** Row text that is not a person's name. */
    notAName: ['Follows you', 'Suggested for you', 'Followed by', 'Verified', 'New to Instagram', 'Popular', 'Active'],
  },
  es: {
    follow: ['Seguir'],
    followBack: ['Seguir también'],
    following: ['Siguiendo', 'Solicitado'],
    accept: ['Confirmar'],
    decline: ['Eliminar'],
    reply: ['Responder'],
    post: ['Publicar'],
    send: ['Enviar'],
    share: ['Compartir'],
    commentField: ['Agrega un comentario...' /* seen §2, three dots */, 'Agregar un comentario…', 'Añade un comentario…'],
    messageField: ['Mensaje', 'Envía un mensaje...'],
    captionField: ['Escribe una descripción'],
    notAName: ['Te sigue', 'Sugerencias para ti', 'Seguido por', 'Verificado'],
  },
  fr: {
    follow: ['Suivre'],
    followBack: ['Suivre en retour'],
    following: ['Abonné(e)', 'Demandé'],
    accept: ['Confirmer'],
    decline: ['Supprimer'],
    reply: ['Répondre'],
    post: ['Publier'],
    send: ['Envoyer'],
    share: ['Partager'],
    commentField: ['Ajouter un commentaire…'],
    messageField: ['Message', 'Votre message…'],
    captionField: ['Écrivez une légende'],
    notAName: ['Vous suit', 'Suggestions pour vous', 'Suivi(e) par', 'Vérifié'],
  },
  de: {
    follow: ['Folgen'],
    followBack: ['Zurückfolgen'],
    following: ['Gefolgt', 'Angefragt'],
    accept: ['Bestätigen'],
    decline: ['Löschen'],
    reply: ['Antworten'],
    post: ['Posten'],
    send: ['Senden'],
    share: ['Teilen'],
    commentField: ['Kommentieren …', 'Kommentar hinzufügen …'],
    messageField: ['Nachricht', 'Nachricht senden …'],
    captionField: ['Bildunterschrift verfassen'],
    notAName: ['Folgt dir', 'Vorschläge für dich', 'Gefolgt von', 'Verifiziert'],
  },
  pt: {
    follow: ['Seguir'],
    followBack: ['Seguir de volta'],
    following: ['Seguindo', 'Solicitado'],
    accept: ['Confirmar'],
    decline: ['Excluir'],
    reply: ['Responder'],
    post: ['Publicar'],
    send: ['Enviar'],
    share: ['Compartilhar'],
    commentField: ['Adicione um comentário...'],
    messageField: ['Mensagem', 'Mensagem...'],
    captionField: ['Escreva uma legenda'],
    notAName: ['Segue você', 'Sugestões para você', 'Seguido(a) por', 'Verificado'],
  },
  it: {
    follow: ['Segui'],
    followBack: ['Segui anche tu'],
    following: ['Segui già', 'Richiesta inviata'],
    accept: ['Conferma'],
    decline: ['Elimina'],
    reply: ['Rispondi'],
    post: ['Pubblica'],
    send: ['Invia'],
    share: ['Condividi'],
    commentField: ['Aggiungi un commento...'],
    messageField: ['Messaggio', 'Scrivi un messaggio...'],
    captionField: ['Scrivi una didascalia'],
    notAName: ['Ti segue', 'Suggeriti per te', 'Seguito da', 'Verificato'],
  },
});
