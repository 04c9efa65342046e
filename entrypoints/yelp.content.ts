import { siteContentScript } from '../src/guard/content-script';
import { yelpSite } from '../src/sites/yelp/site';

export default siteContentScript(yelpSite);
