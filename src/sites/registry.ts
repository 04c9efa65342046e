import type { SiteAdapter } from '../guard/action';
import { facebook } from './facebook/index';

/** Every supported platform. A new platform is a folder under src/sites/ and a line here (and its entrypoint). */
export const ADAPTERS: readonly SiteAdapter[] = [facebook];
