import { Labels } from '../labels';

/**
 * Labels Instagram shows on the controls and fields we recognise (visible text,
 * aria-label or placeholder). Matched whole and case-insensitively: "Follow" is
 * not "Following". Strings marked "unverified" come from memory of the Spanish
 * UI and were not checked against a live page.
 */
export const instagramLabels = new Labels({
  en: {
    follow: ['Follow'],
    followBack: ['Follow Back'],
    /** States after a follow; only counted to tell a row from a list. */
    following: ['Following', 'Requested'],
    accept: ['Confirm'],
    decline: ['Delete'],
    reply: ['Reply'],
    post: ['Post'],
    send: ['Send'],
    share: ['Share'],
    commentField: ['Add a comment…', 'Add a comment'],
    messageField: ['Message', 'Message...'],
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
    commentField: ['Agregar un comentario…', 'Añade un comentario…' /* unverified (es-ES) */],
    messageField: ['Mensaje', 'Envía un mensaje...' /* unverified */],
    captionField: ['Escribe una descripción' /* unverified */],
    notAName: ['Te sigue', 'Sugerencias para ti', 'Seguido por', 'Verificado' /* unverified */],
  },
});
