import { Labels } from '../labels';

/** Labels Facebook shows on the controls and editors we recognise (aria-label or visible text). */
export const facebookLabels = new Labels({
  en: {
    accept: ['Confirm', 'Confirm request', 'Accept'],
    decline: ['Delete', 'Delete request', 'Remove', 'Decline'],
    addFriend: ['Add friend', 'Add Friend'],
    follow: ['Follow'],
    reply: ['Reply'],
    /** The composer's submit button. */
    comment: ['Comment'],
    /** Under a post: opens (or focuses) the comment composer; a step before the send. */
    openComment: ['Leave a comment'],
    commentEditor: ['Write a comment', 'Write a public comment', 'Write a reply', 'Reply to', 'Comment as', 'Reply as'],
    /** The comment editors that answer a comment rather than the post. */
    replyEditor: ['Write a reply', 'Reply to', 'Reply as'],
    messageEditor: ['Message', 'Aa'],
    send: ['Press enter to send', 'Send'],
    post: ['Post'],
    commentBy: ['Comment by', 'Reply by'],
    /** A thread's own comment, not a reply in it. */
    topCommentBy: ['Comment by'],
  },
  es: {
    accept: ['Confirmar', 'Confirmar solicitud', 'Aceptar'],
    decline: ['Eliminar', 'Eliminar solicitud', 'Rechazar'],
    addFriend: ['Agregar a amigos', 'Añadir a amigos', 'Agregar amigo'],
    follow: ['Seguir'],
    reply: ['Responder'],
    comment: ['Comentar'],
    openComment: ['Deja un comentario'],
    commentEditor: [
      'Escribe un comentario',
      'Escribe un comentario público',
      'Escribe una respuesta',
      'Responder a',
      'Comentar como',
      'Responder como',
    ],
    replyEditor: ['Escribe una respuesta', 'Responder a', 'Responder como'],
    messageEditor: ['Mensaje'],
    send: ['Pulsa Intro para enviar', 'Presiona Enter para enviar', 'Enviar'],
    post: ['Publicar'],
    commentBy: ['Comentario de', 'Respuesta de'],
    topCommentBy: ['Comentario de'],
  },
});
