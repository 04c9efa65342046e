import { pageLanguage } from '../core/page-language';
import { squash } from './dom';

/**
 * Per-language label tables, keyed on html[lang]. English is always consulted
 * too: sites mix English strings into other locales while they roll out text.
 */
export type LabelTable<K extends string> = Record<K, readonly string[]>;

function fold(text: string): string {
  return squash(text)
    .replace(/[…\u2026]|\.\.\.$/g, '')
    .trim()
    .toLocaleLowerCase();
}

/** The tables of a site's other page languages, keyed on html[lang] ("es", "pt"), as translations.ts declares them. */
export type Translations<L> = L extends Labels<infer K> ? Record<string, LabelTable<K>> : never;

export class Labels<K extends string> {
  private readonly cache = new Map<string, Record<K, string[]>>();
  private readonly tables: Record<string, LabelTable<K>> & { en: LabelTable<K> };
  private readonly declared: readonly string[];

  /**
   * `tables` holds the languages known at once (a content script carries English only); `languages` names
   * every language the site supports, whose tables `learn` adds when they arrive.
   */
  constructor(tables: Record<string, LabelTable<K>> & { en: LabelTable<K> }, languages: readonly string[] = Object.keys(tables)) {
    this.tables = { ...tables };
    this.declared = languages;
  }

  /** The languages with a table ("en", "es", …): a page in any other is read with the English one only. */
  get languages(): readonly string[] {
    return this.declared;
  }

  /** The English table: the keys every other language's table has. */
  get english(): LabelTable<K> {
    return this.tables.en;
  }

  /** Adds the tables of the other languages (a content script gets them from the background as it starts). */
  learn(more: Readonly<Record<string, Partial<LabelTable<K>>>>): void {
    for (const [lang, table] of Object.entries(more)) {
      if (lang === 'en' || !this.declared.includes(lang) || typeof table !== 'object' || table === null) continue;
      const clean = {} as Record<K, readonly string[]>;
      for (const key of Object.keys(this.tables.en) as K[]) {
        const strings = table[key];
        clean[key] = Array.isArray(strings) ? strings.filter((x): x is string => typeof x === 'string') : [];
      }
      this.tables[lang] = clean;
    }
    this.cache.clear();
  }

  private forLanguage(doc: Document): Record<K, string[]> {
    const lang = pageLanguage(doc) ?? 'en';
    let merged = this.cache.get(lang);
    if (!merged) {
      const local = this.tables[lang];
      merged = {} as Record<K, string[]>;
      for (const key of Object.keys(this.tables.en) as K[]) {
        merged[key] = [...new Set([...(local?.[key] ?? []), ...this.tables.en[key]].map(fold))];
      }
      this.cache.set(lang, merged);
    }
    return merged;
  }

  /** The whole label is one of the key's strings (case-insensitive): "Follow" is not "Following". */
  is(doc: Document, key: K, label: string): boolean {
    return this.forLanguage(doc)[key].includes(fold(label));
  }

  /** The label starts with one of the key's strings ("Write a comment as Dana…"). */
  startsWith(doc: Document, key: K, label: string): boolean {
    const folded = fold(label);
    return this.forLanguage(doc)[key].some((s) => folded.startsWith(s));
  }

  /** One of the key's strings occurs in the text as whole words ("Write a public comment" has "public"). */
  mentions(doc: Document, key: K, text: string): boolean {
    const words = ` ${fold(text)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
    return this.forLanguage(doc)[key].some((s) => words.includes(` ${s} `));
  }

  /** The rest of the text after one of the key's strings ("Comment by Dana Whitfield" → "Dana Whitfield"), or null. */
  after(doc: Document, key: K, text: string): string | null {
    const squashed = squash(text);
    const lower = squashed.toLocaleLowerCase();
    const prefix = this.forLanguage(doc)[key].find((s) => lower.startsWith(s));
    return prefix === undefined ? null : squashed.slice(prefix.length).trim();
  }

  /**
   * The label as a diagnostics report may show it: whole when it is one of the strings of any table, the
   * known start and the length of the rest when it starts with one ("Comment as" + 12 characters), else null.
   * Labels can hold names ("Comment as NAME", a reviewer as a region's label): only what the tables hold is shown.
   */
  known(label: string): { known: string; rest: number } | null {
    const folded = fold(label);
    if (!folded) return null;
    let best = '';
    for (const table of Object.values(this.tables) as LabelTable<K>[]) {
      for (const strings of Object.values(table) as string[][]) {
        for (const s of strings) {
          const f = fold(s);
          if (f === folded) return { known: f, rest: 0 };
          if (f.length > best.length && folded.startsWith(f) && (/[^\p{L}\p{N}]$/u.test(f) || /^[\s@]/u.test(folded.slice(f.length))))
            best = f;
        }
      }
    }
    return best ? { known: best, rest: folded.length - best.length } : null;
  }

  /**
   * The part of a label that fills the "{name}" slot of one of the key's templates ("Accept {name}’s invitation",
   * German "Einladung von {name} annehmen"), or null. Curly and straight apostrophes count as the same.
   */
  named(doc: Document, key: K, label: string): string | null {
    const text = squash(label);
    const plain = (s: string) => s.replace(/’/g, "'").toLocaleLowerCase();
    const lower = plain(text);
    for (const template of this.forLanguage(doc)[key]) {
      const at = template.indexOf('{name}');
      if (at < 0) continue;
      const [before, after] = [plain(template.slice(0, at)), plain(template.slice(at + 6))];
      if (lower.length <= before.length + after.length || !lower.startsWith(before) || !lower.endsWith(after)) continue;
      const name = text.slice(before.length, text.length - after.length).trim();
      if (name) return name;
    }
    return null;
  }

  /** Which of these keys the label is, if any. */
  which(doc: Document, keys: readonly K[], label: string): K | null {
    return keys.find((k) => this.is(doc, k, label)) ?? null;
  }
}
