import { describe, expect, it } from 'vitest';
import { CLAUSE_IDS } from '../../src/core/vocabulary';
import { CLAUSES } from '../../src/policy/clauses';
import { defaultSettings } from '../../src/policy/defaults';
import {
  escapeHtml,
  escapeMarkdown,
  formatEffectiveDate,
  paragraphsOf,
  policyDocument,
  policyHtml,
  policyMarkdown,
} from '../../src/policy/document';
import type { Settings } from '../../src/policy/schema';

const PAYLOAD = '<img src=x onerror=alert(1)>';

function filled(): Settings {
  const s = defaultSettings();
  s.practice = {
    practiceName: 'Harbor Counseling',
    therapistName: 'Dr. Ana Ruiz',
    contact: '(555) 010-2030, office@harbor.example',
    effectiveDate: '2025-03-01',
  };
  return s;
}

/** The visible text of an HTML string, as a browser would show it. */
function visibleText(html: string): { doc: Document; text: string } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return { doc, text: (doc.body.textContent ?? '').replace(/\s+/g, ' ') };
}

describe('policyDocument', () => {
  it('prints every clause text, each in the section the issue names', () => {
    const doc = policyDocument(filled());
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Why this policy exists',
      'Friending and following',
      'Contacting me',
      'Review sites',
      'Marketing',
      'Search engines',
      'Location check-ins',
      'Questions',
    ]);
    const printed = doc.sections.flatMap((s) => s.clauses);
    expect([...printed].sort()).toEqual([...CLAUSE_IDS].sort());
    const all = doc.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
    for (const id of CLAUSE_IDS) {
      expect(all).toContain(defaultSettings().clauses[id].text);
      expect(all).toContain(CLAUSES[id].why);
    }
  });

  it('uses the edited clause text, so an edit reaches the document', () => {
    const s = filled();
    s.clauses.reviews = { choice: 'custom', text: 'I keep out of review sites entirely.' };
    const section = policyDocument(s).sections.find((x) => x.id === 'reviews');
    expect(section?.paragraphs.map((p) => p.text)).toContain('I keep out of review sites entirely.');
    expect(JSON.stringify(policyDocument(s))).not.toContain(defaultSettings().clauses.reviews.text);
  });

  it('has the practice as subtitle, lists the other details and leaves out the empty ones', () => {
    const doc = policyDocument(filled());
    expect(doc.practice).toBe('Harbor Counseling');
    expect(doc.details).toEqual([
      { label: 'Therapist', value: 'Dr. Ana Ruiz' },
      { label: 'Questions', value: '(555) 010-2030, office@harbor.example' },
      { label: 'Effective date', value: 'March 1, 2025' },
    ]);
    const empty = policyDocument(defaultSettings());
    expect(empty.details).toEqual([]);
    expect(JSON.stringify(empty)).not.toMatch(/undefined|null/);
  });

  it('names the therapist and the contact in the text', () => {
    const doc = policyDocument(filled());
    const text = doc.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join(' ');
    expect(text).toContain('I, Dr. Ana Ruiz, handle social media');
    expect(text).toContain('To reach me: (555) 010-2030, office@harbor.example.');
  });

  it('splits clause text into paragraphs at blank lines only', () => {
    expect(paragraphsOf('One\nline.\n\n  Two   words. \n\n\n')).toEqual([{ text: 'One line.' }, { text: 'Two words.' }]);
  });

  it('formats the effective date without locale data', () => {
    expect(formatEffectiveDate('2024-12-31')).toBe('December 31, 2024');
    expect(formatEffectiveDate('')).toBe('');
  });
});

describe('policyHtml', () => {
  it('is a standalone page with every section, no script and no remote resource', () => {
    const html = policyHtml(policyDocument(filled()));
    const { doc, text } = visibleText(html);
    expect(doc.querySelectorAll('h2')).toHaveLength(8);
    expect(doc.querySelector('h1')?.textContent).toBe('Social Media Policy');
    expect(text).toContain('Harbor Counseling');
    expect(text).toContain('March 1, 2025');
    expect(doc.querySelectorAll('script, link, img, iframe')).toHaveLength(0);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain("default-src 'none'");
  });

  it('shows an HTML payload in any field as text, never as an element', () => {
    const s = filled();
    s.practice.practiceName = PAYLOAD;
    s.practice.therapistName = `"><script>alert(1)</script>`;
    s.practice.contact = PAYLOAD;
    s.clauses.friending.text = `${PAYLOAD} & more`;
    const html = policyHtml(policyDocument(s));
    const { doc, text } = visibleText(html);
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(text).toContain(`${PAYLOAD} & more`);
    expect(doc.title).toContain(PAYLOAD);
  });

  it('escapes all five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('policyMarkdown', () => {
  it('has a heading per section and every clause text', () => {
    const md = policyMarkdown(policyDocument(filled()));
    expect(md.startsWith('# Social Media Policy\n')).toBe(true);
    expect(md.match(/^## /gm)).toHaveLength(8);
    expect(md).toContain('**Effective date:** March 1, 2025');
    expect(md).toContain('## Review sites');
  });

  it('escapes HTML and Markdown syntax in user text', () => {
    const s = filled();
    s.clauses.reviews.text = PAYLOAD;
    s.practice.practiceName = '**bold** [link](javascript:alert(1))';
    s.clauses.search.text = '# not a heading\n\n- not a list\n\n1. not a list either';
    const md = policyMarkdown(policyDocument(s));
    expect(md).not.toMatch(/(^|[^\\])<img/m);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\*\\*bold\\*\\* \\[link\\](javascript:alert(1))');
    expect(md).toContain('\n\\# not a heading\n');
    expect(md).toContain('\n\\- not a list\n');
    expect(md).toContain('\n1\\. not a list either\n');
  });

  it('escapes each Markdown special it is given', () => {
    expect(escapeMarkdown('a_b*c`d|e~f&g\\h')).toBe('a\\_b\\*c\\`d\\|e\\~f\\&g\\\\h');
    expect(escapeMarkdown('+ plus')).toBe('\\+ plus');
    expect(escapeMarkdown('Plain words, with a comma.')).toBe('Plain words, with a comma.');
  });
});
