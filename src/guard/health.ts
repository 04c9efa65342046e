import type { HealthCheck, SiteHealth } from './action';
import { unsupportedLanguage } from './language';

/**
 * Health checks (issue 12): whether the page still shows what the site's adapter knows how to recognise.
 * Knows no site: each site declares its checks (src/sites/<site>/health.ts). They run when the page is idle
 * after load and after each in-app navigation (src/guard/health-watch.ts), never per mutation: a handful of
 * querySelector calls a page. Not in the content scripts: in the script the background injects on demand
 * (src/guard/health-script.ts).
 */

/** One expectation that did not hold, and the region of the page it was about (for the redacted report). */
export interface HealthFailure {
  check: HealthCheck;
  region: Element;
}

export interface HealthResult {
  /** The page's language (html[lang]) when the site's label tables lack it; then no label check is run. */
  language: string | null;
  /** How many checks found their kind of page here. */
  applied: number;
  failures: HealthFailure[];
}

/** html[lang] as written, or "" (the tables take a missing one as English). */
export function languageOf(doc: Document): string {
  return (doc.documentElement.getAttribute('lang') ?? '').trim();
}

/**
 * Runs every check once against the page. A check that throws is reported and counts as neither passed nor
 * failed: an error in the extension is not news about the site.
 */
export function checkPage(health: SiteHealth, doc: Document, report: (error: unknown) => void = () => {}): HealthResult {
  const language = unsupportedLanguage(health.labels, doc);
  if (language) return { language, applied: 0, failures: [] };
  const failures: HealthFailure[] = [];
  let applied = 0;
  for (const check of health.checks) {
    try {
      const region = check.region(doc);
      if (!region) continue;
      applied += 1;
      if (!check.holds(region, doc)) failures.push({ check, region });
    } catch (error) {
      report(error);
    }
  }
  return { language: null, applied, failures };
}

/** The failures by kind of page, as the toolbar state carries them. */
export function failedByPage(failures: readonly HealthFailure[]): Array<{ page: string; failed: string[] }> {
  const byPage = new Map<string, string[]>();
  for (const { check } of failures) byPage.set(check.page, [...(byPage.get(check.page) ?? []), check.expect]);
  return [...byPage].map(([page, failed]) => ({ page, failed }));
}
