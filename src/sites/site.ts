import type { Platform, RuleKey } from '../core/vocabulary';
import type { SiteAdapter } from '../guard/action';
import type { Labels } from './labels';

/**
 * Everything the extension knows about one site, declared once in src/sites/<site>/site.ts and listed in
 * src/sites/registry.ts. Its content script (entrypoints/<site>.content.ts) runs `adapter` on `matches`;
 * the manifest's hosts, the popup's "guarded here" list and the README check all read it from here.
 */
export interface Site {
  platform: Platform;
  /** Match patterns of every host the site serves its app on: the content script's (and manifest's) matches. */
  matches: readonly string[];
  /** The site's DOM knowledge: recognises a risky action from one page event. */
  adapter: SiteAdapter;
  /** The per-language label tables the adapter matches control text against. */
  labels: Labels<string>;
  /**
   * The rules that can fire here, in the order the popup lists them: the action kinds the adapter
   * recognises ("follow.back" where it tells a follow back), and "post" where text naming a client can be sent.
   */
  guards: readonly RuleKey[];
  // Not here: what a page of each kind must show while its markup is still the one the adapter knows (issue 12).
  // Those checks are declared in src/sites/<site>/health.ts and built into the site's second content script,
  // entrypoints/<site>-health.content.ts, run when the page is idle: a declaration that named them would carry
  // them into the guard's content script (the bundler keeps every property of an object it keeps).
}

/** A site declaration, checked against Site where it is written. */
export const defineSite = (site: Site): Site => site;
