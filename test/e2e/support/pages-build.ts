import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { PAGES_OUT, PAGES_SRC } from './pages';

/** The bundler for the app pages (pages.ts), apart so that the fixture server does not load vite. */

/** Shared code of the pages, not a page: test/e2e/pages/kit/. */
const KIT = 'kit';

/** Every page, as "<site>/<page>" (a .tsx file whose default export is the page component). */
export function pageNames(): string[] {
  const names: string[] = [];
  for (const site of readdirSync(PAGES_SRC, { withFileTypes: true })) {
    if (!site.isDirectory() || site.name === KIT) continue;
    for (const file of readdirSync(resolve(PAGES_SRC, site.name))) {
      if (file.endsWith('.tsx') && !file.startsWith('_')) names.push(`${site.name}/${file.slice(0, -4)}`);
    }
  }
  return names.sort();
}

const VIRTUAL = 'virtual:page/';

/** One entry per page: import its component and mount it in the kit's App. */
function pageEntries(): Plugin {
  return {
    name: 'bg-page-entries',
    resolveId: (id) => (id.startsWith(VIRTUAL) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${VIRTUAL}`)) return null;
      const name = id.slice(VIRTUAL.length + 1);
      const page = JSON.stringify(resolve(PAGES_SRC, `${name}.tsx`));
      const kit = JSON.stringify(resolve(PAGES_SRC, KIT, 'app.tsx'));
      return `import Page from ${page};\nimport { mount } from ${kit};\nmount(Page);\n`;
    },
  };
}

/** The newest change among the pages' sources, this bundler's settings and the installed libraries. */
function newestInput(): number {
  let newest = Math.max(statSync('package-lock.json').mtimeMs, statSync(fileURLToPath(import.meta.url)).mtimeMs);
  for (const entry of readdirSync(PAGES_SRC, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(resolve(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

const STAMP = 'pages.json';

/**
 * Bundles every page into `out` (ES modules, shared chunks); returns the page names. Skipped when the bundles
 * are newer than every source and name the same pages (a run of one test file after another).
 */
export async function buildPages(out = PAGES_OUT): Promise<string[]> {
  const names = pageNames();
  const stamp = resolve(out, STAMP);
  if (existsSync(stamp) && statSync(stamp).mtimeMs > newestInput() && readFileSync(stamp, 'utf8') === JSON.stringify(names)) return names;
  await build({
    configFile: false,
    root: PAGES_SRC,
    publicDir: false,
    logLevel: 'warn',
    mode: 'production',
    // The libraries' production builds, as the live sites ship them (whatever NODE_ENV the test runner has).
    // fbjs (under draft-js) reads Node's `global`; in a page it is the window.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    resolve: { conditions: ['module', 'browser', 'production'] },
    esbuild: { jsx: 'automatic', jsxImportSource: 'react', jsxDev: false },
    plugins: [pageEntries()],
    build: {
      outDir: out,
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      modulePreload: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: Object.fromEntries(names.map((n) => [n, `${VIRTUAL}${n}`])),
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
  writeFileSync(stamp, JSON.stringify(names));
  return names;
}
