import type { Translations } from '../labels';
import type { googleLabels } from './labels';

/** Google's labels in the page languages besides English; ./labels.ts says where each comes from. */
export const googleTranslations: Translations<typeof googleLabels> = {};
