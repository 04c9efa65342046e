import { render } from 'preact';
import '../../src/ui/shared/theme.css';
import '../../src/ui/options/options.css';
import { locale, t } from '../../src/core/i18n';
import { OptionsApp } from '../../src/ui/options/App';
import { ManagedProvider } from '../../src/ui/options/managed-ui';

// The page in the browser's language: screen readers read it with the right voice.
document.documentElement.lang = locale();
document.title = t('app_pageTitle');

render(
  <ManagedProvider>
    <OptionsApp />
  </ManagedProvider>,
  document.getElementById('app') as HTMLElement,
);
