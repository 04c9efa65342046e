/**
 * The page's language as the label tables key it: "pt" from html[lang="pt-BR"] or "pt_BR", null when the page
 * names none. The one reading of html[lang] for the tables (src/sites/labels.ts) and for the guard's "language not
 * supported" (src/guard/language.ts): were they to differ, a page could be counted as supported and still be read
 * with English labels only.
 */
export function pageLanguage(doc: Document): string | null {
  const lang = doc.documentElement.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/)[0];
  return lang || null;
}
