import { locale, type MessageKey, t } from '../core/i18n';
import { CLAUSE_TITLES, type ClauseId } from '../core/vocabulary';
import { CLAUSES } from './clauses';
import type { Settings } from './schema';

/**
 * The client-facing social media policy that goes into informed consent, made
 * from the same clause texts the reminders quote. Pure: settings in, a
 * structured document out, plus two renderings of it (HTML and Markdown). Every
 * piece of user text stays a plain string until a renderer escapes it; nothing
 * here is ever parsed as markup. The fixed text is in the browser's language (the messages).
 */
export interface Paragraph {
  text: string;
  /** The stock "why" of a clause (printed in italics), as against the therapist's own wording. */
  why?: boolean;
}

export interface DocumentSection {
  id: string;
  heading: string;
  paragraphs: Paragraph[];
  /** The clauses this section prints, so an editor can point at them. */
  clauses: ClauseId[];
}

export interface DocumentDetail {
  label: string;
  value: string;
}

export interface PolicyDocument {
  title: string;
  /** The practice name, or empty. */
  practice: string;
  /** Therapist, contact and effective date, each only when filled in (the practice is the subtitle). */
  details: DocumentDetail[];
  sections: DocumentSection[];
  /** A signature block for the printed consent form. */
  acknowledgement: string;
}

const MONTHS: readonly MessageKey[] = [
  'month_1',
  'month_2',
  'month_3',
  'month_4',
  'month_5',
  'month_6',
  'month_7',
  'month_8',
  'month_9',
  'month_10',
  'month_11',
  'month_12',
];

/**
 * "2025-03-01" → "March 1, 2025" ("1 de marzo de 2025"): from the messages, not the machine's locale
 * data, so the document reads the same on every machine.
 */
export function formatEffectiveDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? t('doc_date', t(month), Number(m[3]), m[1] as string) : iso;
}

/** A clause text as paragraphs: blank lines separate paragraphs, single line breaks and runs of spaces become one space. */
export function paragraphsOf(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => ({ text: p }));
}

function clauseParagraphs(settings: Settings, id: ClauseId): Paragraph[] {
  return [{ text: CLAUSES[id].why, why: true }, ...paragraphsOf(settings.clauses[id].text)];
}

export function policyDocument(settings: Settings): PolicyDocument {
  const { practiceName, therapistName, contact, effectiveDate } = settings.practice;
  const practice = practiceName.trim();
  const therapist = therapistName.trim();
  const reach = contact.trim();
  const details: DocumentDetail[] = [];
  if (therapist) details.push({ label: t('doc_therapist'), value: therapist });
  if (reach) details.push({ label: t('doc_questionsLabel'), value: reach });
  if (effectiveDate) details.push({ label: t('doc_effectiveDate'), value: formatEffectiveDate(effectiveDate) });

  /** The contact inside a sentence, without a full stop of its own. */
  const inline = reach.replace(/[.\s]+$/, '');
  const p = (text: string): Paragraph => ({ text });
  const sections: DocumentSection[] = [
    {
      id: 'why',
      heading: t('doc_whyHeading'),
      clauses: [],
      paragraphs: [p(therapist ? t('doc_introNamed', therapist) : t('doc_intro')), p(t('doc_boundaries'))],
    },
    {
      id: 'friending-following',
      heading: t('doc_friendingHeading'),
      clauses: ['friending', 'following'],
      paragraphs: [...clauseParagraphs(settings, 'friending'), ...clauseParagraphs(settings, 'following')],
    },
    {
      id: 'contacting',
      heading: t('doc_contactingHeading'),
      clauses: ['interacting', 'email'],
      paragraphs: [
        ...clauseParagraphs(settings, 'interacting'),
        ...clauseParagraphs(settings, 'email'),
        ...(reach ? [p(t('doc_reachMe', inline))] : []),
      ],
    },
    { id: 'reviews', heading: CLAUSE_TITLES.reviews, clauses: ['reviews'], paragraphs: clauseParagraphs(settings, 'reviews') },
    { id: 'marketing', heading: CLAUSE_TITLES.marketing, clauses: ['marketing'], paragraphs: clauseParagraphs(settings, 'marketing') },
    { id: 'search', heading: CLAUSE_TITLES.search, clauses: ['search'], paragraphs: clauseParagraphs(settings, 'search') },
    { id: 'location', heading: CLAUSE_TITLES.location, clauses: ['location'], paragraphs: clauseParagraphs(settings, 'location') },
    {
      id: 'questions',
      heading: t('doc_questionsHeading'),
      clauses: [],
      paragraphs: [p(reach ? t('doc_questionsContact', inline) : t('doc_questions'))],
    },
  ];
  return {
    title: t('doc_title'),
    practice,
    details,
    sections,
    acknowledgement: t('doc_acknowledgement'),
  };
}

// ---------------------------------------------------------------- HTML

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text to HTML text or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/** The styles of the downloaded HTML: readable on screen, one clean flow on paper. */
export const DOCUMENT_CSS = `
  :root { color-scheme: light; }
  body { margin: 0; background: #fff; color: #1b1f23; font: 16px/1.6 Georgia, "Times New Roman", serif; }
  main { max-width: 42rem; margin: 0 auto; padding: 2.5rem 1.5rem 3rem; }
  h1 { margin: 0; font-size: 1.9rem; line-height: 1.2; }
  .practice { margin: .25rem 0 1.25rem; font-size: 1.15rem; color: #3d4650; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1.5rem; padding: .75rem 0; border-block: 1px solid #c9d0d6; }
  dt { font-weight: bold; }
  dd { margin: 0; overflow-wrap: anywhere; }
  h2 { margin: 1.6rem 0 .4rem; font-size: 1.2rem; break-after: avoid; page-break-after: avoid; }
  p { margin: 0 0 .7rem; overflow-wrap: anywhere; }
  p.why { font-style: italic; color: #3d4650; }
  .ack { margin-top: 2.5rem; break-inside: avoid; page-break-inside: avoid; }
  .sign { display: grid; grid-template-columns: 2fr 1fr; gap: 2rem; margin-top: 2.5rem; }
  .sign span { display: block; border-top: 1px solid #1b1f23; padding-top: .25rem; font-size: .85rem; }
  @media print {
    body { font-size: 11.5pt; }
    main { max-width: none; padding: 0; }
    @page { margin: 2cm; }
  }
`;

/** The inner markup of the document (an <article>), every user string escaped. */
export function policyArticleHtml(doc: PolicyDocument): string {
  const parts: string[] = ['<article class="policy">', `<h1>${escapeHtml(doc.title)}</h1>`];
  if (doc.practice) parts.push(`<p class="practice">${escapeHtml(doc.practice)}</p>`);
  if (doc.details.length) {
    parts.push('<dl>');
    for (const d of doc.details) parts.push(`<dt>${escapeHtml(d.label)}</dt><dd>${escapeHtml(d.value)}</dd>`);
    parts.push('</dl>');
  }
  for (const s of doc.sections) {
    parts.push(`<section id="${escapeHtml(s.id)}">`, `<h2>${escapeHtml(s.heading)}</h2>`);
    for (const p of s.paragraphs) parts.push(`<p${p.why ? ' class="why"' : ''}>${escapeHtml(p.text)}</p>`);
    parts.push('</section>');
  }
  parts.push(
    `<section class="ack"><p>${escapeHtml(doc.acknowledgement)}</p>`,
    `<div class="sign"><span>${escapeHtml(t('doc_signature'))}</span><span>${escapeHtml(t('doc_signDate'))}</span></div></section>`,
    '</article>',
  );
  return parts.join('\n');
}

/** A standalone HTML file: no scripts, no remote resources, and a CSP that forbids both. */
export function policyHtml(doc: PolicyDocument): string {
  const title = doc.practice ? `${doc.title} · ${doc.practice}` : doc.title;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(locale())}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${DOCUMENT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    policyArticleHtml(doc),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------- Markdown

/**
 * Text to Markdown text that renders as exactly that text: inline syntax and
 * HTML (`<`, `&`) are backslash-escaped everywhere (CommonMark lets any ASCII
 * punctuation be escaped), block syntax only where a line starts.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&|~]/g, '\\$&')
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

export function policyMarkdown(doc: PolicyDocument): string {
  const lines: string[] = [`# ${escapeMarkdown(doc.title)}`, ''];
  if (doc.practice) lines.push(`**${escapeMarkdown(doc.practice)}**`, '');
  if (doc.details.length) {
    // Two trailing spaces: a line break, so the details stay one per line.
    for (const d of doc.details) lines.push(`**${escapeMarkdown(d.label)}:** ${escapeMarkdown(d.value)}  `);
    lines.push('');
  }
  for (const s of doc.sections) {
    lines.push(`## ${escapeMarkdown(s.heading)}`, '');
    for (const p of s.paragraphs) lines.push(p.why ? `*${escapeMarkdown(p.text)}*` : escapeMarkdown(p.text), '');
  }
  const sign = `${escapeMarkdown(t('doc_signature'))}: ______________________________    ${escapeMarkdown(t('doc_signDate'))}: ____________`;
  lines.push(escapeMarkdown(doc.acknowledgement), '', sign, '');
  return lines.join('\n');
}
