import type { Translations } from '../labels';
import type { linkedinLabels } from './labels';

/** LinkedIn's labels in the page languages besides English; ./labels.ts says where each comes from. */
export const linkedinTranslations: Translations<typeof linkedinLabels> = {};
