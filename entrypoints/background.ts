import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/background/index';
import { TRANSLATIONS } from '../src/sites/translations';

export default defineBackground(() => startBackground({ translations: TRANSLATIONS }));
