import type { Translations } from '../labels';
import type { googleLabels } from './labels';

/** Google's owner-side labels in the page languages besides English; ./labels.ts says where each comes from. */
export const googleTranslations: Translations<typeof googleLabels> = {
  es: {
    // All unverified (Google's Spanish wording for these buttons, not seen on a Business Profile page).
    reply: ['Responder', 'Responder a la reseña'],
    edit: ['Editar', 'Editar respuesta'],
    post: ['Publicar', 'Publicar respuesta', 'Enviar', 'Guardar', 'Actualizar'],
  },
  fr: {
    // All unverified.
    reply: ['Répondre', "Répondre à l'avis"],
    edit: ['Modifier', 'Modifier la réponse'],
    post: ['Publier', 'Publier la réponse', 'Envoyer', 'Enregistrer', 'Mettre à jour'],
  },
  de: {
    // All unverified.
    reply: ['Antworten', 'Auf Rezension antworten'],
    edit: ['Bearbeiten', 'Antwort bearbeiten'],
    post: ['Posten', 'Antwort posten', 'Veröffentlichen', 'Senden', 'Speichern', 'Aktualisieren'],
  },
  pt: {
    // All unverified (Brazilian Portuguese).
    reply: ['Responder', 'Responder à avaliação'],
    edit: ['Editar', 'Editar resposta'],
    post: ['Postar', 'Postar resposta', 'Publicar', 'Enviar', 'Salvar', 'Atualizar'],
  },
  it: {
    // All unverified.
    reply: ['Rispondi', 'Rispondi alla recensione'],
    edit: ['Modifica', 'Modifica risposta'],
    post: ['Pubblica', 'Pubblica risposta', 'Invia', 'Salva', 'Aggiorna'],
  },
};
