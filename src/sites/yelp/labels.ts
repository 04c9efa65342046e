import { Labels } from '../labels';

/**
 * Labels Yelp shows on the controls we recognise, and words that tell a public
 * comment from a private message. Matched whole and case-insensitively ("Thank"
 * is not yelp.com's "Thanks" reaction). Keyed on html[lang] ("pt" for pt-BR).
 *
 * Where each entry comes from (see ../shared/REAL-MARKUP.md, "Yelp"):
 * - "seen": on a saved live page. Only www.yelp.com in English was saved; its
 *   reactions ("Helpful", "Thanks", "Love this", "Oh no") are seen, and none of
 *   them is in this table: they must not be guarded.
 * - "unverified": everything here. No capture of biz.yelp.com exists; the
 *   English labels are the ones Yelp's own help pages and public tools that run
 *   on biz.yelp.com name, the other languages are Yelp's published
 *   translations of its locales (es_US/es_ES, fr_FR/fr_CA, de_DE, pt_BR, it_IT),
 *   not checked on a Yelp for Business page.
 * The place of a control tells the action wherever it can (a review card is
 * found by its reviewer's passport or its review region, an inbox thread by its
 * address): the text only tells which of a card's buttons was pressed.
 */
export const yelpLabels = new Labels({
  en: {
    // Unverified (biz.yelp.com review card buttons, as Yelp's help describes them).
    thank: ['Thank'],
    comment: ['Comment'],
    directMessage: ['Direct message'],
    send: ['Send'],
    /** yelp.com's owner response opener (unverified). */
    respond: ['Respond publicly', 'Post a public response', 'Add owner comment'],
    publicWords: ['public', 'publicly'],
    privateWords: ['private', 'privately', 'direct message'],
    commentWords: ['comment', 'response'],
    messageWords: ['message'],
  },
  es: {
    // All unverified (Yelp's Spanish locales).
    thank: ['Agradecer'],
    comment: ['Comentar'],
    directMessage: ['Mensaje directo'],
    send: ['Enviar'],
    respond: ['Responder públicamente', 'Publicar una respuesta pública'],
    publicWords: ['público', 'pública', 'públicamente'],
    privateWords: ['privado', 'privada', 'privadamente', 'mensaje directo'],
    commentWords: ['comentario', 'respuesta'],
    messageWords: ['mensaje'],
  },
  fr: {
    // All unverified (Yelp's French locales).
    thank: ['Remercier'],
    comment: ['Commenter'],
    directMessage: ['Message direct', 'Message privé'],
    send: ['Envoyer'],
    respond: ['Répondre publiquement', 'Publier une réponse publique'],
    publicWords: ['public', 'publique', 'publiquement'],
    privateWords: ['privé', 'privée', 'message direct'],
    commentWords: ['commentaire', 'réponse'],
    messageWords: ['message'],
  },
  de: {
    // All unverified (Yelp's German locale).
    thank: ['Danken', 'Bedanken'],
    comment: ['Kommentieren'],
    directMessage: ['Direktnachricht'],
    send: ['Senden'],
    respond: ['Öffentlich antworten', 'Öffentliche Antwort posten'],
    publicWords: ['öffentlich', 'öffentliche', 'öffentlichen', 'öffentlicher', 'öffentliches'],
    privateWords: ['privat', 'private', 'privaten', 'privater', 'privates', 'direktnachricht'],
    commentWords: ['kommentar', 'antwort'],
    messageWords: ['nachricht'],
  },
  pt: {
    // All unverified (Yelp's Brazilian Portuguese locale).
    thank: ['Agradecer'],
    comment: ['Comentar'],
    directMessage: ['Mensagem direta'],
    send: ['Enviar'],
    respond: ['Responder publicamente', 'Publicar uma resposta pública'],
    publicWords: ['público', 'pública', 'publicamente'],
    privateWords: ['privado', 'privada', 'mensagem direta'],
    commentWords: ['comentário', 'resposta'],
    messageWords: ['mensagem'],
  },
  it: {
    // All unverified (Yelp's Italian locale).
    thank: ['Ringrazia'],
    comment: ['Commenta'],
    directMessage: ['Messaggio diretto'],
    send: ['Invia'],
    respond: ['Rispondi pubblicamente', 'Pubblica una risposta pubblica'],
    publicWords: ['pubblico', 'pubblica', 'pubblicamente'],
    privateWords: ['privato', 'privata', 'messaggio diretto'],
    commentWords: ['commento', 'risposta'],
    messageWords: ['messaggio'],
  },
});
