import { siteContentScript } from '../src/guard/content-script';
import { xSite } from '../src/sites/x/site';

export default siteContentScript(xSite);
