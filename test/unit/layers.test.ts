import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/, lowest first: a folder may import only the folders named for it (and itself).
 * CONTRIBUTING.md draws the same picture; change both together.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  core: [],
  policy: ['core'],
  clients: ['core'],
  storage: ['core', 'policy', 'clients'],
  guard: ['core', 'policy', 'clients', 'ui', 'background', 'storage'],
  sites: ['core', 'clients', 'guard'],
  background: ['core', 'policy', 'clients', 'storage'],
  ui: ['core', 'policy', 'clients', 'storage', 'guard', 'background', 'sites'],
};

/** Inside a layer that is reached from above, only these files (types and constants, no behaviour). */
const NARROW: Record<string, Record<string, readonly string[]>> = {
  // The engine shows the reminder and reads the storage keys and the message shapes; nothing else of those layers.
  guard: {
    ui: ['src/ui/reminder.ts', 'src/ui/reminder-view.ts', 'src/ui/reminder-style.ts', 'src/ui/copy.ts'],
    background: ['src/background/protocol.ts'],
    storage: ['src/storage/keys.ts'],
  },
  // Adapters see the engine's vocabulary of triggers and actions, never the engine.
  sites: { guard: ['src/guard/action.ts'] },
  ui: { guard: ['src/guard/decide.ts', 'src/guard/action.ts'], background: ['src/background/protocol.ts'] },
};

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every relative import of a file, resolved to a path under the repository (extension added). */
function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => {
      const base = resolve(dirname(file), name);
      const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((c) => existsSync(c)) ?? base;
      return relative(ROOT, found).split(sep).join('/');
    });
}

const layerOf = (path: string): string | null => (path.startsWith('src/') ? (path.split('/')[1] ?? null) : null);
/** `src/sites/x/...` → "x"; the files directly in src/sites/ (shared helpers, registry) → null. */
const siteOf = (path: string): string | null => {
  const parts = path.split('/');
  return parts[1] === 'sites' && parts.length > 3 ? (parts[2] ?? null) : null;
};

/** The imports that run the wrong way: one line each, "from → to (why)". `text` stands in for a file's contents. */
function violations(files: readonly string[], text?: string): string[] {
  const wrong: string[] = [];
  for (const file of files) {
    const from = relative(ROOT, file).split(sep).join('/');
    const layer = layerOf(from);
    if (!layer) continue;
    const allowed = MAY_IMPORT[layer];
    if (!allowed) {
      wrong.push(`${from}: src/${layer}/ is not a known layer (add it to MAY_IMPORT)`);
      continue;
    }
    for (const to of importsOf(file, text)) {
      const target = layerOf(to);
      if (to.startsWith('public/')) continue;
      if (!target) {
        wrong.push(`${from} → ${to} (src/ imports only from src/ and public/)`);
        continue;
      }
      if (target === layer) {
        const a = siteOf(from);
        const b = siteOf(to);
        if (a && b && a !== b) wrong.push(`${from} → ${to} (one site never reads another's markup)`);
        continue;
      }
      if (!allowed.includes(target)) {
        wrong.push(`${from} → ${to} (src/${layer}/ may import only ${allowed.join(', ') || 'nothing'})`);
        continue;
      }
      const narrow = NARROW[layer]?.[target];
      if (narrow && !narrow.includes(to)) wrong.push(`${from} → ${to} (src/${layer}/ may use only ${narrow.join(', ')} of src/${target}/)`);
    }
  }
  return wrong;
}

describe('layers', () => {
  const files = sourceFiles(SRC);

  it('every import in src/ runs down the layers', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(violations(files)).toEqual([]);
  });

  it('finds an import that runs the wrong way', () => {
    // The check itself is checked: a policy module that reached up into the UI would be reported.
    const policyFile = join(SRC, 'policy', 'schema.ts');
    const original = importsOf(policyFile);
    expect(original.some((p) => p.startsWith('src/ui/'))).toBe(false);
    const probe = join(SRC, 'policy', 'probe.ts');
    const found = violations([probe], "import { Reminder } from '../ui/reminder';\nimport { x } from '../sites/x/index';\n");
    expect(found).toEqual([
      'src/policy/probe.ts → src/ui/reminder.ts (src/policy/ may import only core)',
      'src/policy/probe.ts → src/sites/x/index.ts (src/policy/ may import only core)',
    ]);
  });

  it('the engine knows no site and one site never imports another', () => {
    const guard = files.filter((f) => f.includes(`${sep}guard${sep}`));
    for (const file of guard) expect(importsOf(file).filter((p) => p.startsWith('src/sites/'))).toEqual([]);
    const probe = join(SRC, 'sites', 'yelp', 'probe.ts');
    expect(violations([probe], "import { FB } from '../facebook/selectors';\nimport { startGuard } from '../../guard/engine';\n")).toEqual([
      "src/sites/yelp/probe.ts → src/sites/facebook/selectors.ts (one site never reads another's markup)",
      'src/sites/yelp/probe.ts → src/guard/engine.ts (src/sites/ may use only src/guard/action.ts of src/guard/)',
    ]);
  });
});
