import { siteHealthScript } from '../src/guard/health-script';
import { facebookHealth } from '../src/sites/facebook/health';
import { facebookSite } from '../src/sites/facebook/site';

export default siteHealthScript(facebookSite, facebookHealth);
