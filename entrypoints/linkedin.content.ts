import { siteContentScript } from '../src/guard/content-script';
import { linkedinSite } from '../src/sites/linkedin/site';

export default siteContentScript(linkedinSite);
