import { render } from 'preact';
import '../../src/ui/shared/theme.css';
import '../../src/ui/options/options.css';
import { OptionsApp } from '../../src/ui/options/App';
import { ManagedProvider } from '../../src/ui/options/managed-ui';

render(
  <ManagedProvider>
    <OptionsApp />
  </ManagedProvider>,
  document.getElementById('app') as HTMLElement,
);
