import { siteContentScript } from '../src/guard/content-script';
import { facebookSite } from '../src/sites/facebook/site';

export default siteContentScript(facebookSite);
