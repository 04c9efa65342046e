import { facebookSite } from './facebook/site';
import { googleSite } from './google/site';
import { instagramSite } from './instagram/site';
import { linkedinSite } from './linkedin/site';
import type { Site } from './site';
import { xSite } from './x/site';
import { yelpSite } from './yelp/site';

/**
 * Every supported site, in the order the extension lists platforms (PLATFORMS in src/core/vocabulary.ts;
 * test/unit/sites.registry.test.ts checks that the two agree). Adding a site: README.md, "Add a site".
 * Content scripts never import this list: each imports only its own site.
 */
export const SITES: readonly Site[] = [facebookSite, xSite, instagramSite, yelpSite, googleSite, linkedinSite];
