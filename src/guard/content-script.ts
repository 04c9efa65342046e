import { defineContentScript } from 'wxt/utils/define-content-script';
import type { SiteAdapter } from './action';
import { bootGuard, type LearnsLabels } from './content';

/**
 * A site's whole content script: its adapter guarding its hosts from the first event on. An entry point is
 * `export default siteContentScript(<site>Site)`, importing only its own site (each script's size budget).
 * Typed by shape so that guard/ names no site.
 */
export function siteContentScript(site: { matches: readonly string[]; adapter: SiteAdapter; labels: LearnsLabels }) {
  // Its health checks are not read here: they are the site's second content script (src/guard/health-script.ts),
  // run when the page is idle; every site in the registry has one (test/unit/sites.registry.test.ts).
  return defineContentScript({
    matches: [...site.matches],
    runAt: 'document_start',
    main: (ctx) => bootGuard(site.adapter, ctx, { labels: site.labels, health: true }),
  });
}
