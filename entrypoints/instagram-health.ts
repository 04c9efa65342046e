import { siteHealthScript } from '../src/guard/health-script';
import { instagramHealth } from '../src/sites/instagram/health';

export default siteHealthScript(instagramHealth);
