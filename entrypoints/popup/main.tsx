import { render } from 'preact';
import '../../src/ui/shared/theme.css';
import '../../src/ui/popup/popup.css';
import { locale, t } from '../../src/core/i18n';
import { Popup } from '../../src/ui/popup/Popup';

// The page in the browser's language: screen readers read it with the right voice.
document.documentElement.lang = locale();
document.title = t('extName');

render(<Popup />, document.getElementById('app') as HTMLElement);
