import { siteHealthScript } from '../src/guard/health-script';
import { xHealth } from '../src/sites/x/health';
import { xSite } from '../src/sites/x/site';

export default siteHealthScript(xSite, xHealth);
