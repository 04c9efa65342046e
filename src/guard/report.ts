import type { SiteHealth } from './action';

/**
 * The redacted report of a region the adapter did not recognise (issue 12): its structure only, for the
 * therapist to copy and send by hand to whoever maintains the extension. Tags, roles, the test ids the site
 * declares, depth, and labels only where they are strings of the site's label tables. Never names, drafts
 * or other page text: an aria-label can be "Comment as NAME" or a reviewer's name, so any other label is
 * shown as its length, and a test id the site does not declare (X puts handles in some) as a placeholder.
 */

/** The most elements a report shows, and how deep under the region it goes. */
export const MAX_NODES = 200;
export const MAX_DEPTH = 12;

/** Controls whose visible text is their label (Instagram and Yelp buttons have no aria-label). */
const CONTROL = 'button, a, [role="button"], [role="link"], [role="menuitem"], [role="tab"]';
/** Not described: no structure in them worth a line (an svg is one line, without its drawing). */
const SKIPPED = 'script, style, noscript, template';

type Labels = Pick<SiteHealth['labels'], 'known'>;

/** A label as the report shows it: the known string, the known start and the length of the rest, or the length. */
export function redactLabel(label: string, labels: Labels): string {
  const text = label.replace(/\s+/g, ' ').trim();
  if (!text) return '""';
  const hit = labels.known(text);
  if (!hit) return `‹${[...text].length}›`;
  return hit.rest > 0 ? `"${hit.known}" + ‹${hit.rest}›` : `"${hit.known}"`;
}

/**
 * A test id as the report shows it: digits as #, and only when the site declares it ("#-follow",
 * "tweetTextarea_#"); a declared "UserAvatar-Container-*" keeps its start and shows the rest as a length.
 */
export function redactTestId(id: string, testIds: readonly string[]): string {
  const shape = id.replace(/\d+/g, '#');
  if (testIds.includes(shape)) return shape;
  const prefix = testIds.find((k) => k.endsWith('*') && id.startsWith(k.slice(0, -1)));
  if (prefix) return `${prefix.slice(0, -1)}‹${[...id].length - prefix.length + 1}›`;
  return `‹test id ${[...id].length}›`;
}

function visibleText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** One element on one line: tag, role, test id, aria-label, placeholder, editability, a control's text. */
export function describeElement(el: Element, health: Pick<SiteHealth, 'labels' | 'testIds'>): string {
  const parts = [el.localName];
  const role = el.getAttribute('role');
  if (role) parts.push(`role=${role.replace(/[^\w-]/g, '').slice(0, 20)}`);
  const testId = el.getAttribute('data-testid');
  if (testId) parts.push(`testid=${redactTestId(testId, health.testIds)}`);
  const aria = el.getAttribute('aria-label');
  if (aria !== null) parts.push(`aria-label=${redactLabel(aria, health.labels)}`);
  for (const name of ['placeholder', 'aria-placeholder'] as const) {
    const value = el.getAttribute(name);
    if (value !== null) parts.push(`${name}=${redactLabel(value, health.labels)}`);
  }
  const editable = el.getAttribute('contenteditable');
  if (editable !== null) parts.push(`contenteditable=${editable === 'false' ? 'false' : 'true'}`);
  if (el.hasAttribute('href')) parts.push('href');
  // A control's own text is its label when it has no aria-label: shown the same way, never any other text.
  if (aria === null && el.matches(CONTROL)) parts.push(`text=${redactLabel(visibleText(el), health.labels)}`);
  return parts.join(' ');
}

/** The chain of tags and roles above the region: where on the page it sits (no labels). */
function ancestry(region: Element): string {
  const chain: string[] = [];
  for (let el = region.parentElement; el; el = el.parentElement) {
    const role = el.getAttribute('role');
    chain.unshift(role ? `${el.localName}[role=${role.replace(/[^\w-]/g, '')}]` : el.localName);
  }
  return chain.join(' > ');
}

/** The region's structure, one element a line, indented by depth. */
export function describeRegion(region: Element, health: Pick<SiteHealth, 'labels' | 'testIds'>): string[] {
  const lines: string[] = [];
  const walk = (el: Element, depth: number) => {
    if (lines.length >= MAX_NODES) return;
    lines.push(`${'  '.repeat(depth)}${describeElement(el, health)}`);
    if (el.localName === 'svg') return;
    if (depth >= MAX_DEPTH) {
      if (el.children.length) lines.push(`${'  '.repeat(depth + 1)}… ${el.getElementsByTagName('*').length} more inside`);
      return;
    }
    for (const child of el.children) if (!child.matches(SKIPPED)) walk(child, depth + 1);
  };
  walk(region, 0);
  if (lines.length >= MAX_NODES) lines.push(`… cut at ${MAX_NODES} elements`);
  return lines;
}

/** The whole report for one failed expectation. */
export function healthReport(
  failure: { page: string; expect: string; platform: string; language: string },
  region: Element,
  health: Pick<SiteHealth, 'labels' | 'testIds'>,
): string {
  return [
    `site: ${failure.platform}`,
    `page: ${failure.page}`,
    `failed: ${failure.expect}`,
    `language: ${failure.language.replace(/[^\w-]/g, '').slice(0, 16) || 'none'}`,
    `above: ${ancestry(region)}`,
    'region:',
    ...describeRegion(region, health),
  ].join('\n');
}
