import { siteHealthScript } from '../src/guard/health-script';
import { xHealth } from '../src/sites/x/health';

export default siteHealthScript(xHealth);
