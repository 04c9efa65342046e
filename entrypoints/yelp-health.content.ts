import { siteHealthScript } from '../src/guard/health-script';
import { yelpHealth } from '../src/sites/yelp/health';
import { yelpSite } from '../src/sites/yelp/site';

export default siteHealthScript(yelpSite, yelpHealth);
