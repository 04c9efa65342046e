import { SITES } from '../../src/sites/registry';
import { TRANSLATIONS } from '../../src/sites/translations';

// In the browser the background hands each content script its site's other languages as it starts
// (src/guard/content.ts); DOM and unit tests read every language from the start, as a started script does.
for (const site of SITES) site.labels.learn(TRANSLATIONS[site.platform]);
