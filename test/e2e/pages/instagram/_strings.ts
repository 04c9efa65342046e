/**
 * What the Instagram test pages show, per html[lang]: the site's published UI text (REAL-MARKUP.md where seen).
 * Written out here, apart from src/sites/instagram/labels.ts, so that a wrong entry there fails a page.
 */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;
export type Lang = (typeof LANGUAGES)[number];

export interface IgStrings {
  follow: string;
  confirm: string;
  delete: string;
  post: string;
  send: string;
  reply: string;
  addComment: string;
  message: string;
  notifications: string;
  followRequests: string;
}

export const STRINGS: Record<Lang, IgStrings> = {
  en: {
    follow: 'Follow',
    confirm: 'Confirm',
    delete: 'Delete',
    post: 'Post',
    send: 'Send',
    reply: 'Reply',
    addComment: 'Add a comment…',
    message: 'Message',
    notifications: 'Notifications',
    followRequests: 'Follow requests',
  },
  es: {
    follow: 'Seguir',
    confirm: 'Confirmar',
    delete: 'Eliminar',
    post: 'Publicar',
    send: 'Enviar',
    reply: 'Responder',
    addComment: 'Agrega un comentario...',
    message: 'Mensaje',
    notifications: 'Notificaciones',
    followRequests: 'Solicitudes de seguimiento',
  },
  fr: {
    follow: 'Suivre',
    confirm: 'Confirmer',
    delete: 'Supprimer',
    post: 'Publier',
    send: 'Envoyer',
    reply: 'Répondre',
    addComment: 'Ajouter un commentaire…',
    message: 'Message',
    notifications: 'Notifications',
    followRequests: 'Demandes d’abonnement',
  },
  de: {
    follow: 'Folgen',
    confirm: 'Bestätigen',
    delete: 'Löschen',
    post: 'Posten',
    send: 'Senden',
    reply: 'Antworten',
    addComment: 'Kommentieren …',
    message: 'Nachricht',
    notifications: 'Benachrichtigungen',
    followRequests: 'Folgeanfragen',
  },
  pt: {
    follow: 'Seguir',
    confirm: 'Confirmar',
    delete: 'Excluir',
    post: 'Publicar',
    send: 'Enviar',
    reply: 'Responder',
    addComment: 'Adicione um comentário...',
    message: 'Mensagem',
    notifications: 'Notificações',
    followRequests: 'Solicitações para seguir',
  },
  it: {
    follow: 'Segui',
    confirm: 'Conferma',
    delete: 'Elimina',
    post: 'Pubblica',
    send: 'Invia',
    reply: 'Rispondi',
    addComment: 'Aggiungi un commento...',
    message: 'Messaggio',
    notifications: 'Notifiche',
    followRequests: 'Richieste di follow',
  },
};

/** The page's strings, by the shell's html[lang] (English for a language without a table). */
export function strings(): IgStrings {
  const lang = (document.documentElement.lang || 'en').split('-')[0] as Lang;
  return STRINGS[lang] ?? STRINGS.en;
}
