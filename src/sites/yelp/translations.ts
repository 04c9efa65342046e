import type { Translations } from '../labels';
import type { yelpLabels } from './labels';

/** Yelp's labels in the page languages besides English; ./labels.ts says where each comes from. */
export const yelpTranslations: Translations<typeof yelpLabels> = {
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
};
