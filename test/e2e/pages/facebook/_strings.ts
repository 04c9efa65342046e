/**
 * What the Facebook test pages show, per html[lang]: the site's published UI text. Written out here, apart from
 * src/sites/facebook/labels.ts, so that a wrong entry in the adapter's table fails a page in that language.
 */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'it'] as const;
export type Lang = (typeof LANGUAGES)[number];

export interface FbStrings {
  confirm: string;
  delete: string;
  addFriend: string;
  follow: string;
  commentAs: (name: string) => string;
  writeComment: string;
  message: string;
  pressEnter: string;
  friendRequests: string;
  notifications: string;
  sentRequest: string;
  more: string;
  like: string;
}

export const STRINGS: Record<Lang, FbStrings> = {
  en: {
    confirm: 'Confirm',
    delete: 'Delete',
    addFriend: 'Add friend',
    follow: 'Follow',
    commentAs: (n) => `Comment as ${n}`,
    writeComment: 'Write a comment…',
    message: 'Message',
    pressEnter: 'Press enter to send',
    friendRequests: 'Friend requests',
    notifications: 'Notifications',
    sentRequest: 'sent you a friend request.',
    more: 'More',
    like: 'Like',
  },
  es: {
    confirm: 'Confirmar',
    delete: 'Eliminar',
    addFriend: 'Agregar a amigos',
    follow: 'Seguir',
    commentAs: (n) => `Comentar como ${n}`,
    writeComment: 'Escribe un comentario…',
    message: 'Mensaje',
    pressEnter: 'Pulsa Intro para enviar',
    friendRequests: 'Solicitudes de amistad',
    notifications: 'Notificaciones',
    sentRequest: 'te envió una solicitud de amistad.',
    more: 'Más',
    like: 'Me gusta',
  },
  fr: {
    confirm: 'Confirmer',
    delete: 'Supprimer',
    addFriend: 'Ajouter ami(e)',
    follow: 'S’abonner',
    commentAs: (n) => `Commenter en tant que ${n}`,
    writeComment: 'Écrivez un commentaire…',
    message: 'Message',
    pressEnter: 'Appuyez sur Entrée pour envoyer',
    friendRequests: 'Invitations',
    notifications: 'Notifications',
    sentRequest: 'vous a envoyé une invitation.',
    more: 'Plus',
    like: 'J’aime',
  },
  de: {
    confirm: 'Bestätigen',
    delete: 'Löschen',
    addFriend: 'Freund/in hinzufügen',
    follow: 'Folgen',
    commentAs: (n) => `Als ${n} kommentieren`,
    writeComment: 'Schreibe einen Kommentar …',
    message: 'Nachricht',
    pressEnter: 'Zum Senden die Eingabetaste drücken',
    friendRequests: 'Freundschaftsanfragen',
    notifications: 'Benachrichtigungen',
    sentRequest: 'hat dir eine Freundschaftsanfrage gesendet.',
    more: 'Mehr',
    like: 'Gefällt mir',
  },
  pt: {
    confirm: 'Confirmar',
    delete: 'Excluir',
    addFriend: 'Adicionar amigo',
    follow: 'Seguir',
    commentAs: (n) => `Comentar como ${n}`,
    writeComment: 'Escreva um comentário…',
    message: 'Mensagem',
    pressEnter: 'Pressione Enter para enviar',
    friendRequests: 'Solicitações de amizade',
    notifications: 'Notificações',
    sentRequest: 'enviou uma solicitação de amizade para você.',
    more: 'Mais',
    like: 'Curtir',
  },
  it: {
    confirm: 'Conferma',
    delete: 'Elimina',
    addFriend: 'Aggiungi agli amici',
    follow: 'Segui',
    commentAs: (n) => `Commenta come ${n}`,
    writeComment: 'Scrivi un commento…',
    message: 'Messaggio',
    pressEnter: 'Premi Invio per inviare',
    friendRequests: 'Richieste di amicizia',
    notifications: 'Notifiche',
    sentRequest: 'ti ha inviato una richiesta di amicizia.',
    more: 'Altro',
    like: 'Mi piace',
  },
};

/** The page's strings, by the shell's html[lang] (English for a language without a table). */
export function strings(): FbStrings {
  const lang = (document.documentElement.lang || 'en').split('-')[0] as Lang;
  return STRINGS[lang] ?? STRINGS.en;
}
