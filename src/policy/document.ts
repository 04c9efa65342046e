import { CLAUSES } from './clauses';
import type { Settings } from './schema';
import type { ClauseId } from './vocabulary';

/**
 * The client-facing social media policy that goes into informed consent, made
 * from the same clause texts the reminders quote. Pure: settings in, a
 * structured document out, plus two renderings of it (HTML and Markdown). Every
 * piece of user text stays a plain string until a renderer escapes it; nothing
 * here is ever parsed as markup.
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-03-01" → "March 1, 2025"; no locale data, so the document reads the same on every machine. */
export function formatEffectiveDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${Number(m[3])}, ${m[1]}` : iso;
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
  if (therapist) details.push({ label: 'Therapist', value: therapist });
  if (reach) details.push({ label: 'Questions', value: reach });
  if (effectiveDate) details.push({ label: 'Effective date', value: formatEffectiveDate(effectiveDate) });

  const who = therapist ? `I, ${therapist},` : 'I';
  const p = (text: string): Paragraph => ({ text });
  const sections: DocumentSection[] = [
    {
      id: 'why',
      heading: 'Why this policy exists',
      clauses: [],
      paragraphs: [
        p(
          `Many people use social media, and you may come across me online. This policy explains how ${who} handle social media, email and text messages, so that you know what to expect and why.`,
        ),
        p(
          'Our work together is confidential and professional. Contact on social media can reveal to others that you are in therapy, is not secure, and can blur the boundaries that keep therapy safe for you. None of what follows is a reflection on you.',
        ),
      ],
    },
    {
      id: 'friending-following',
      heading: 'Friending and following',
      clauses: ['friending', 'following'],
      paragraphs: [...clauseParagraphs(settings, 'friending'), ...clauseParagraphs(settings, 'following')],
    },
    {
      id: 'contacting',
      heading: 'Contacting me',
      clauses: ['interacting', 'email'],
      paragraphs: [
        ...clauseParagraphs(settings, 'interacting'),
        ...clauseParagraphs(settings, 'email'),
        ...(reach ? [p(`To reach me: ${reach.replace(/[.\s]+$/, '')}.`)] : []),
      ],
    },
    { id: 'reviews', heading: 'Review sites', clauses: ['reviews'], paragraphs: clauseParagraphs(settings, 'reviews') },
    { id: 'search', heading: 'Search engines', clauses: ['search'], paragraphs: clauseParagraphs(settings, 'search') },
    { id: 'location', heading: 'Location check-ins', clauses: ['location'], paragraphs: clauseParagraphs(settings, 'location') },
    {
      id: 'questions',
      heading: 'Questions',
      clauses: [],
      paragraphs: [
        p(
          `If you have questions about this policy, please bring them up in session${reach ? `, or contact me: ${reach.replace(/[.\s]+$/, '')}` : ''}. I may update this policy; if I do, I will tell you.`,
        ),
      ],
    },
  ];
  return {
    title: 'Social Media Policy',
    practice,
    details,
    sections,
    acknowledgement: 'I have read and understood this social media policy.',
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
    '<div class="sign"><span>Client signature</span><span>Date</span></div></section>',
    '</article>',
  );
  return parts.join('\n');
}

/** A standalone HTML file: no scripts, no remote resources, and a CSP that forbids both. */
export function policyHtml(doc: PolicyDocument): string {
  const title = doc.practice ? `${doc.title} · ${doc.practice}` : doc.title;
  return [
    '<!doctype html>',
    '<html lang="en">',
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
  lines.push(escapeMarkdown(doc.acknowledgement), '', 'Client signature: ______________________________    Date: ____________', '');
  return lines.join('\n');
}
