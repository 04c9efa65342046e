import { Labels } from '../labels';

/** Google's labels (skeleton: the adapter fills them in). */
export const googleLabels = new Labels({ en: { send: ['Send'] } }, ['en', 'es', 'fr', 'de', 'pt', 'it']);
