import { siteHealthScript } from '../src/guard/health-script';
import { facebookHealth } from '../src/sites/facebook/health';

export default siteHealthScript(facebookHealth);
