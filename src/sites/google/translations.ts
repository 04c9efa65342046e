import type { Translations } from '../labels';
import type { googleLabels } from './labels';

/** Google's owner-side labels in the page languages besides English; ./labels.ts says where each comes from. */
export const googleTranslations: Translations<typeof googleLabels> = {
  es: {
    // All unverified (Google's Spanish wording for these buttons, not seen on a Business Profile page).
    answer: ['Responder', 'Responder a la reseña'],
    edit: ['Editar', 'Editar respuesta'],
    send: ['Publicar', 'Publicar respuesta', 'Enviar', 'Guardar', 'Actualizar'],
  },
  fr: {
    // All unverified.
    answer: ['Répondre', "Répondre à l'avis"],
    edit: ['Modifier', 'Modifier la réponse'],
    send: ['Publier', 'Publier la réponse', 'Envoyer', 'Enregistrer', 'Mettre à jour'],
  },
  de: {
    // All unverified.
    answer: ['Antworten', 'Auf Rezension antworten'],
    edit: ['Bearbeiten', 'Antwort bearbeiten'],
    send: ['Posten', 'Antwort posten', 'Veröffentlichen', 'Senden', 'Speichern', 'Aktualisieren'],
  },
  pt: {
    // All unverified (Brazilian Portuguese).
    answer: ['Responder', 'Responder à avaliação'],
    edit: ['Editar', 'Editar resposta'],
    send: ['Postar', 'Postar resposta', 'Publicar', 'Enviar', 'Salvar', 'Atualizar'],
  },
  it: {
    // All unverified.
    answer: ['Rispondi', 'Rispondi alla recensione'],
    edit: ['Modifica', 'Modifica risposta'],
    send: ['Pubblica', 'Pubblica risposta', 'Invia', 'Salva', 'Aggiorna'],
  },
};
