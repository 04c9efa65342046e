import { defineContentScript } from 'wxt/utils/define-content-script';
import type { SiteHealth } from './action';
import { checkPage, failedByPage, languageOf } from './health';
import { HEALTH_CHECKER, type HealthChecker, type HealthOutcome } from './health-watch';
import { healthReport } from './report';

/**
 * A site's health checks as a content script of their own (issue 12), kept out of its guard, which must stay
 * small and runs on every page from document_start. This one runs once the page is idle (document_idle, by
 * then the page has loaded), in the same isolated world as the guard, and leaves there a checker that the
 * guard calls when the page has settled and after each in-app navigation (src/guard/health-watch.ts). The page
 * cannot see it. An entry point is `export default siteHealthScript(<site>Site, <site>Health)`, importing only
 * its own site. Typed by shape: guard/ names no site.
 */
export function siteHealthScript(site: { matches: readonly string[] }, health: SiteHealth) {
  return defineContentScript({
    matches: [...site.matches],
    runAt: 'document_idle',
    main: () => {
      (globalThis as Record<symbol, unknown>)[HEALTH_CHECKER] = checker(health);
    },
  });
}

/** Runs the site's checks on this page: what the toolbar state needs, and a redacted report per failure. */
export function checker(health: SiteHealth, doc: Document = document): HealthChecker {
  return (report): HealthOutcome => {
    const result = checkPage(health, doc, report);
    const language = languageOf(doc);
    return {
      language: result.language,
      applied: result.applied,
      unrecognised: failedByPage(result.failures),
      failures: result.failures.map(({ check, region }) => {
        const note = { platform: health.platform, page: check.page, expect: check.expect, language };
        return { ...note, report: healthReport(note, region, health) };
      }),
    };
  };
}
