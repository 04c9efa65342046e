import { siteHealthScript } from '../src/guard/health-script';
import { instagramHealth } from '../src/sites/instagram/health';
import { instagramSite } from '../src/sites/instagram/site';

export default siteHealthScript(instagramSite, instagramHealth);
