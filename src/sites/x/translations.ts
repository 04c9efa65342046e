import type { Translations } from '../labels';
import type { xLabels } from './labels';

/** X's labels in the page languages besides English; ./labels.ts says where each comes from. */
export const xTranslations: Translations<typeof xLabels> = {
  es: {
    // All unverified (X's Spanish translation).
    followBack: ['Seguir también', 'Seguir de vuelta'],
    followItem: ['Seguir a'],
    accept: ['Aceptar'],
    decline: ['Rechazar'],
    refuse: ['Eliminar', 'Bloquear', 'Denunciar'],
    quote: ['Citar'],
  },
  fr: {
    // All unverified (X's French translation).
    followBack: ['Suivre en retour'],
    followItem: ['Suivre'],
    accept: ['Accepter'],
    decline: ['Refuser'],
    refuse: ['Supprimer', 'Bloquer', 'Signaler'],
    quote: ['Citer'],
  },
  de: {
    // All unverified (X's German translation). The menu item reads "@handle folgen": the handle is cut off wherever it stands.
    followBack: ['Zurückfolgen'],
    followItem: ['folgen'],
    accept: ['Annehmen', 'Akzeptieren'],
    decline: ['Ablehnen'],
    refuse: ['Löschen', 'Blockieren', 'Melden'],
    quote: ['Zitieren'],
  },
  pt: {
    // All unverified (X's Brazilian Portuguese translation).
    followBack: ['Seguir de volta'],
    followItem: ['Seguir'],
    accept: ['Aceitar'],
    decline: ['Recusar'],
    refuse: ['Excluir', 'Bloquear', 'Denunciar'],
    quote: ['Citar'],
  },
  it: {
    // All unverified (X's Italian translation).
    followBack: ['Ricambia', 'Segui anche tu'],
    followItem: ['Segui'],
    accept: ['Accetta'],
    decline: ['Rifiuta'],
    refuse: ['Elimina', 'Blocca', 'Segnala'],
    quote: ['Cita'],
  },
};
