import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../src/background/index';
import { TRANSLATIONS } from '../src/sites/translations';
import { REMINDER_CSS } from '../src/ui/reminder-style';

export default defineBackground(() => startBackground({ translations: TRANSLATIONS, reminderCss: REMINDER_CSS }));
