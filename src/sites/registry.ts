import type { SiteAdapter } from '../guard/action';
import { facebook } from './facebook/index';
import { instagram } from './instagram/index';
import { x } from './x/index';
import { yelp } from './yelp/index';

/** Every supported platform. A new platform is a folder under src/sites/ and a line here (and its entrypoint). */
export const ADAPTERS: readonly SiteAdapter[] = [facebook, instagram, x, yelp];
