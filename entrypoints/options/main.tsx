import { render } from 'preact';
import '../../src/ui/shared/theme.css';
import '../../src/ui/options/options.css';
import { OptionsApp } from '../../src/ui/options/App';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
