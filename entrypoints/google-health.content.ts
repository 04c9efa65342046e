import { siteHealthScript } from '../src/guard/health-script';
import { googleHealth } from '../src/sites/google/health';
import { googleSite } from '../src/sites/google/site';

export default siteHealthScript(googleSite, googleHealth);
