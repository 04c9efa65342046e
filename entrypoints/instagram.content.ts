import { siteContentScript } from '../src/guard/content-script';
import { instagramSite } from '../src/sites/instagram/site';

export default siteContentScript(instagramSite);
