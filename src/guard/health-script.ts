import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { SiteHealth } from './action';
import { checkPage, failedByPage, languageOf } from './health';
import { HEALTH_CHECKER, type HealthChecker, type HealthOutcome } from './health-watch';
import { healthReport } from './report';

/**
 * A site's health checks as a script of their own (issue 12), kept out of its content script, which must stay
 * small and runs on every page from document_start. The background injects it (scripting.executeScript, never
 * web-accessible) into the content script's isolated world the first time the checks run on a page; it leaves
 * a checker there that the content script calls then and after each in-app navigation. An entry point is
 * `export default siteHealthScript(<site>Health)`, importing only its own site's checks. Typed by shape: guard/ names no site.
 */
export function siteHealthScript(health: SiteHealth) {
  return defineUnlistedScript(() => {
    (globalThis as Record<symbol, unknown>)[HEALTH_CHECKER] = checker(health);
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
