import { siteHealthScript } from '../src/guard/health-script';
import { linkedinHealth } from '../src/sites/linkedin/health';
import { linkedinSite } from '../src/sites/linkedin/site';

export default siteHealthScript(linkedinSite, linkedinHealth);
