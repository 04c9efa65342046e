import { siteHealthScript } from '../src/guard/health-script';
import { yelpHealth } from '../src/sites/yelp/health';

export default siteHealthScript(yelpHealth);
