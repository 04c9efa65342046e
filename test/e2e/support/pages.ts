import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app pages (test/e2e/pages/<site>/<page>.tsx): React and Lexical from npm doing what they do on the live
 * sites. The e2e global setup bundles them once per run into PAGES_OUT (git-ignored, pages-build.ts); the fixture server serves
 * the bundles at /__pages/ on every platform host. Their JSX is React's (each file says
 * `@jsxImportSource react`), apart from the extension's Preact.
 */
export const PAGES_SRC = fileURLToPath(new URL('../pages', import.meta.url));
export const PAGES_OUT = resolve(process.env.BG_PAGES_DIR ?? '.output-pages');
/** Where the server serves the bundles. */
export const PAGES_PATH = '/__pages/';

/** The bundle of a page, or an error that says how to make it. */
export function pageBundle(name: string, out = PAGES_OUT): string {
  const file = resolve(out, `${name}.js`);
  if (!existsSync(file)) throw new Error(`No bundle for the app page ${name} in ${out}: the e2e global setup builds them (buildPages()).`);
  return file;
}

/** The HTML Facebook or Instagram would send: a language, a title, an empty root, the app's script. */
export function pageShell({ page, lang = 'en', title = '' }: { page: string; lang?: string; title?: string }): string {
  const safe = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return [
    '<!doctype html>',
    `<html lang="${safe(lang)}" dir="ltr">`,
    `<head><meta charset="utf-8"><title>${safe(title)}</title></head>`,
    '<body><div id="root"></div>',
    `<script type="module" src="${PAGES_PATH}${safe(page)}.js"></script>`,
    '</body></html>',
    '',
  ].join('\n');
}
