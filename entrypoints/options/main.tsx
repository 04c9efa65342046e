import { render } from 'preact';
import { OptionsApp } from '../../src/ui/options/App';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
