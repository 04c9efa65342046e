import { Labels } from '../labels';

/**
 * Labels Yelp shows on the controls we recognise, and words that tell a public
 * comment from a private message. Matched whole and case-insensitively ("Thank"
 * is not yelp.com's "Thanks" reaction). Yelp for Business is mostly seen in
 * English; every Spanish string here is unverified (from memory of yelp.com's
 * Spanish locales, not checked on biz.yelp.com), and so are the English ones
 * marked so.
 */
export const yelpLabels = new Labels({
  en: {
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
});
