import { render } from 'preact';
import '../../src/ui/shared/theme.css';
import '../../src/ui/popup/popup.css';
import { Popup } from '../../src/ui/popup/Popup';

render(<Popup />, document.getElementById('app') as HTMLElement);
