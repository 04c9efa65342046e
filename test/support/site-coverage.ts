import { existsSync, readFileSync } from 'node:fs';
import type { Site } from '../../src/sites/site';

const COVERAGE_HEADING = '## What is guarded, on which site';

/** The lines of README.md's coverage section: from its heading to the next heading (other tables come later). */
function coverageLines(readme: string): string[] {
  const lines = readme.split('\n');
  const start = lines.indexOf(COVERAGE_HEADING);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('#'));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** A site's row in README.md's "What is guarded, on which site" table: "| **Name** (hosts) | …". */
function rowOf(readme: string, name: string): string | undefined {
  return coverageLines(readme).find((line) => line.startsWith(`| **${name}** (`));
}

/** "*://m.facebook.com/*" → "facebook.com": the README names hosts by their site, with prefixes abbreviated. */
const domainOf = (match: string) => new URL(match.replace(/^\*:/, 'https:').replace('/*', '/')).hostname.split('.').slice(-2).join('.');

/** What README.md says that the registry does not (or the reverse): one line per problem, empty when they agree. */
export function readmeCoverageProblems(readme: string, sites: readonly Site[], names: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const site of sites) {
    const name = names[site.platform] ?? site.platform;
    const row = rowOf(readme, name);
    if (!row) {
      problems.push(`README.md has no row for ${name} in "What is guarded, on which site"`);
      continue;
    }
    const hosts = row.slice(row.indexOf('(') + 1, row.indexOf(')'));
    for (const domain of new Set(site.matches.map(domainOf)))
      if (!hosts.includes(domain)) problems.push(`README.md's ${name} row names no ${domain} host`);
  }
  const known = new Set(sites.map((s) => names[s.platform] ?? s.platform));
  for (const line of coverageLines(readme)) {
    const named = /^\| \*\*([^*]+)\*\* \(/.exec(line)?.[1];
    if (named && !known.has(named)) problems.push(`README.md has a row for ${named}, which is not in src/sites/registry.ts`);
  }
  return problems;
}

/** The one line an entry point holds for a site: its own site's declaration, nothing else. */
export function entrypointText(platform: string): string {
  return `import { siteContentScript } from '../src/guard/content-script';\nimport { ${platform}Site } from '../src/sites/${platform}/site';\n\nexport default siteContentScript(${platform}Site);\n`;
}

/** The one line a site's health script holds (issue 12): its own site's checks, nothing else. */
export function healthEntrypointText(platform: string): string {
  return `import { siteHealthScript } from '../src/guard/health-script';\nimport { ${platform}Health } from '../src/sites/${platform}/health';\nimport { ${platform}Site } from '../src/sites/${platform}/site';\n\nexport default siteHealthScript(${platform}Site, ${platform}Health);\n`;
}

export function entrypointProblems(root: string, sites: readonly Site[]): string[] {
  return sites.flatMap((site) => {
    const p = site.platform;
    const expected: Array<[string, string, string]> = [
      [`${p}.content.ts`, entrypointText(p), `export default siteContentScript(${p}Site)`],
      [`${p}-health.content.ts`, healthEntrypointText(p), `export default siteHealthScript(${p}Site, ${p}Health)`],
    ];
    return expected.flatMap(([name, text, line]) => {
      const file = `${root}/entrypoints/${name}`;
      if (!existsSync(file)) return [`entrypoints/${name} is missing`];
      return readFileSync(file, 'utf8') === text ? [] : [`entrypoints/${name} is not \`${line}\``];
    });
  });
}
