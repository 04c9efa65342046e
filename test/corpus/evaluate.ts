import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_CATEGORIES, type ContentCategory, type DraftKind } from '../../src/policy/content-checks/categories';
import { PHRASE_TABLES } from '../../src/policy/content-checks/index';
import { checkDraft, compileChecks } from '../../src/policy/content-checks/matcher';

/** One labelled text of the corpus. */
export interface Sample {
  file: string;
  line: number;
  kind: DraftKind;
  labels: ContentCategory[];
  text: string;
}

const FILES = ['content-checks.en.txt', 'content-checks.es.txt'];
const KINDS: readonly DraftKind[] = ['review', 'reply', 'post', 'message'];

export function readCorpus(dir = __dirname): Sample[] {
  return FILES.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .flatMap((raw, i): Sample[] => {
        const line = raw.trim();
        if (!line || line.startsWith('#')) return [];
        const m = /^(\w+) (\S+) \| (.+)$/.exec(line);
        if (!m) throw new Error(`${file}:${i + 1}: expected "<kind> <labels> | <text>"`);
        const [, kind, labels, text] = m as unknown as [string, string, string, string];
        if (!KINDS.includes(kind as DraftKind)) throw new Error(`${file}:${i + 1}: unknown kind ${kind}`);
        const cats = labels === '-' ? [] : labels.split(',');
        for (const c of cats)
          if (!CONTENT_CATEGORIES.includes(c as ContentCategory)) throw new Error(`${file}:${i + 1}: unknown category ${c}`);
        return [{ file, line: i + 1, kind: kind as DraftKind, labels: cats as ContentCategory[], text }];
      }),
  );
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

function score(tp: number, fp: number, fn: number): Score {
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

export interface Evaluation {
  samples: number;
  unsafe: number;
  safe: number;
  /** Per category: a text counts once per category, flagged or labelled. */
  categories: Record<ContentCategory, Score>;
  /** Overall, per text: unsafe texts flagged (recall), flagged texts that are unsafe (precision). */
  overall: Score;
  /** Share of safe texts with any flag. */
  safeFlagged: number;
  misses: Array<Sample & { found: string[] }>;
  wrong: Array<Sample & { found: string[] }>;
}

export function evaluate(samples = readCorpus()): Evaluation {
  const compiled = compileChecks(PHRASE_TABLES, { care: [], marketing: [] });
  const counts = Object.fromEntries(CONTENT_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ContentCategory,
    { tp: number; fp: number; fn: number }
  >;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let safeFlagged = 0;
  const misses: Evaluation['misses'] = [];
  const wrong: Evaluation['wrong'] = [];
  for (const sample of samples) {
    const flags = checkDraft(compiled, sample.text, sample.kind);
    const found = new Set(flags.map((f) => f.category as ContentCategory));
    for (const c of CONTENT_CATEGORIES) {
      const labelled = sample.labels.includes(c);
      if (labelled && found.has(c)) counts[c].tp += 1;
      else if (labelled) counts[c].fn += 1;
      else if (found.has(c)) counts[c].fp += 1;
    }
    const described = flags.map((f) => `${f.category}: ${f.text}`);
    if (sample.labels.length > 0 && found.size > 0) tp += 1;
    else if (sample.labels.length > 0) {
      fn += 1;
      misses.push({ ...sample, found: described });
    } else if (found.size > 0) {
      fp += 1;
      safeFlagged += 1;
      wrong.push({ ...sample, found: described });
    }
    if (sample.labels.length > 0 && sample.labels.some((c) => !found.has(c)) && found.size > 0)
      misses.push({ ...sample, found: described });
  }
  const safe = samples.filter((s) => s.labels.length === 0).length;
  return {
    samples: samples.length,
    unsafe: samples.length - safe,
    safe,
    categories: Object.fromEntries(CONTENT_CATEGORIES.map((c) => [c, score(counts[c].tp, counts[c].fp, counts[c].fn)])) as Record<
      ContentCategory,
      Score
    >,
    overall: score(tp, fp, fn),
    safeFlagged: safe === 0 ? 0 : safeFlagged / safe,
    misses,
    wrong,
  };
}
