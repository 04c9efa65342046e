import { Labels } from '../labels';

/** LinkedIn's labels (skeleton: the adapter fills them in). */
export const linkedinLabels = new Labels({ en: { send: ['Send'] } }, ['en', 'es', 'fr', 'de', 'pt', 'it']);
