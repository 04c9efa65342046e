import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Where each content script's bytes come from: builds the Chromium extension with hidden source maps into
 * .bench/size (the release build in .output is left alone), then credits every minified byte to the source
 * module its source-map segment names. Prints, per script, its gzipped size (as test/build/bundle.test.ts
 * measures it) and a table module → minified bytes, largest first, plus each module's bytes gzipped alone
 * (an indication only: gzip sizes do not add up).
 *
 *   npx vite-node test/bench/content-size.ts            # build, then measure
 *   npx vite-node test/bench/content-size.ts --no-build # measure the last .bench/size build again
 *   npx vite-node test/bench/content-size.ts --top 15   # the 15 largest modules a script (default: all)
 */
const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, '.bench/size');
const SCRIPTS = join(OUT, 'chrome-mv3/content-scripts');
const args = process.argv.slice(2);
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : Number.POSITIVE_INFINITY;

if (!args.includes('--no-build')) {
  rmSync(OUT, { recursive: true, force: true });
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BG_SOURCEMAP: '1', BG_OUT_DIR: OUT },
  });
}
if (!existsSync(SCRIPTS)) throw new Error(`${relative(ROOT, SCRIPTS)}: no build to measure (run without --no-build)`);

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One line of a source map's `mappings`: each segment's fields, Base64 VLQ decoded (relative values). */
function decodeSegments(line: string): number[][] {
  const segments: number[][] = [];
  for (const text of line.split(',')) {
    if (!text) continue;
    const fields: number[] = [];
    let value = 0;
    let shift = 0;
    for (const char of text) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    segments.push(fields);
  }
  return segments;
}

/** A module's name for the table: a package for node_modules, else the path from the repository's root. */
function moduleName(source: string, mapDir: string): string {
  const path = relative(ROOT, resolve(mapDir, source));
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return pkg ? `${pkg[1]} (package)` : path;
}

/** Minified text credited to each module: a segment owns the generated text up to the next segment. */
function attribute(code: string, map: { sources: string[]; mappings: string }, mapDir: string) {
  const text = new Map<string, string[]>();
  const credit = (name: string, piece: string) => {
    if (!piece) return;
    const pieces = text.get(name) ?? [];
    pieces.push(piece);
    text.set(name, pieces);
  };
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let source = 0;
  lines.forEach((line, index) => {
    let column = 0; // columns restart on each generated line; the source index runs on across lines
    let start = 0;
    let owner = '(unmapped)';
    for (const fields of decodeSegments(mappingLines[index] ?? '')) {
      const [generated = 0, sourceStep = 0] = fields;
      column += generated;
      if (fields.length >= 4) source += sourceStep;
      credit(owner, line.slice(start, column));
      owner = fields.length >= 4 ? moduleName(map.sources[source] ?? '?', mapDir) : '(unmapped)';
      start = column;
    }
    credit(owner, line.slice(start));
    credit('(unmapped)', index < lines.length - 1 ? '\n' : '');
  });
  return text;
}

const scripts = readdirSync(SCRIPTS).filter((f) => f.endsWith('.js'));
for (const file of scripts) {
  const path = join(SCRIPTS, file);
  const code = readFileSync(path, 'utf8');
  const mapPath = `${path}.map`;
  if (!existsSync(mapPath)) throw new Error(`${relative(ROOT, mapPath)}: missing (is BG_SOURCEMAP read by wxt.config.ts?)`);
  const text = attribute(code, JSON.parse(readFileSync(mapPath, 'utf8')), SCRIPTS);
  const rows = [...text]
    .map(([name, pieces]) => ({ name, bytes: Buffer.byteLength(pieces.join('')), gzAlone: gzipSync(pieces.join('')).length }))
    .sort((a, b) => b.bytes - a.bytes);
  const total = Buffer.byteLength(code);
  console.log(`\n${file}: ${total.toLocaleString('en')} B minified, ${gzipSync(code).length.toLocaleString('en')} B gzipped`);
  console.log(`${'module'.padEnd(48)} ${'minified'.padStart(9)} ${'share'.padStart(6)} ${'gz alone'.padStart(9)}`);
  for (const row of rows.slice(0, top)) {
    const share = `${((100 * row.bytes) / total).toFixed(1)}%`;
    console.log(
      `${row.name.padEnd(48)} ${row.bytes.toLocaleString('en').padStart(9)} ${share.padStart(6)} ${row.gzAlone.toLocaleString('en').padStart(9)}`,
    );
  }
}
