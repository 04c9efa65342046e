import { siteContentScript } from '../src/guard/content-script';
import { googleSite } from '../src/sites/google/site';

export default siteContentScript(googleSite);
