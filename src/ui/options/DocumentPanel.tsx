import { useId, useMemo } from 'preact/hooks';
import { locale, type MessageKey, t } from '../../core/i18n';
import { type PolicyDocument, policyDocument, policyHtml, policyMarkdown } from '../../policy/document';
import { practiceLocked } from '../../policy/locks';
import type { Settings } from '../../policy/schema';
import { downloadText } from '../shared/download';
import { Field } from '../shared/widgets';
import { type Edit, TEXT_SAVE_DELAY } from './edit';
import { useManaged } from './managed-ui';

type PracticeKey = keyof Settings['practice'];

const FIELDS: Array<{ key: PracticeKey; label: MessageKey; hint?: MessageKey; type?: string; max: number }> = [
  { key: 'practiceName', label: 'docTab_practiceName', max: 200 },
  { key: 'therapistName', label: 'docTab_therapistName', hint: 'docTab_therapistHint', max: 200 },
  { key: 'contact', label: 'docTab_contact', hint: 'docTab_contactHint', max: 500 },
  { key: 'effectiveDate', label: 'doc_effectiveDate', type: 'date', max: 10 },
];

function fileBase(settings: Settings): string {
  const slug = settings.practice.practiceName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return slug ? `${t('doc_fileName')}-${slug}` : t('doc_fileName');
}

/** The client-facing policy: practice details, a live preview, print and download. */
export function DocumentPanel({ settings, edit, onEditPolicy }: { settings: Settings; edit: Edit; onEditPolicy: () => void }) {
  const doc = useMemo(() => policyDocument(settings), [settings]);
  const ids = useId();
  const { policy, by } = useManaged();
  const missing = FIELDS.filter((f) => !settings.practice[f.key].trim()).map((f) => t(f.label).toLocaleLowerCase(locale()));
  return (
    <>
      <div class="panel-intro no-print">
        <h2>{t('tab_document')}</h2>
        <p class="muted">{t('docTab_intro')}</p>
      </div>
      <section class="card no-print" aria-labelledby={`${ids}-details`}>
        <h3 id={`${ids}-details`}>{t('docTab_details')}</h3>
        <div class="detail-grid">
          {FIELDS.map((f) => (
            <Field
              key={f.key}
              label={t(f.label)}
              hint={practiceLocked(policy, f.key) ? `${t('docTab_setBy', by)} ${f.hint ? t(f.hint) : ''}`.trim() : f.hint && t(f.hint)}
              hintBelow
            >
              {({ id, describedBy }) => (
                <input
                  id={id}
                  type={f.type ?? 'text'}
                  maxLength={f.max}
                  value={settings.practice[f.key]}
                  disabled={practiceLocked(policy, f.key)}
                  aria-describedby={describedBy}
                  data-practice={f.key}
                  onInput={(e) => {
                    const value = (e.currentTarget as HTMLInputElement).value;
                    edit((s) => ({ ...s, practice: { ...s.practice, [f.key]: value } }), f.type === 'date' ? 0 : TEXT_SAVE_DELAY);
                  }}
                />
              )}
            </Field>
          ))}
        </div>
      </section>
      <div class="row spread doc-actions no-print">
        <p class="hint">
          {missing.length ? `${t('docTab_stillEmpty', missing.join(', '))} ` : ''}
          <button type="button" class="btn btn-link btn-small" onClick={onEditPolicy}>
            {t('docTab_editWording')}
          </button>
        </p>
        <div class="row">
          <button type="button" class="btn btn-primary" onClick={() => window.print()} data-doc-print>
            {t('docTab_print')}
          </button>
          <button
            type="button"
            class="btn"
            onClick={() => downloadText(`${fileBase(settings)}.html`, policyHtml(doc), 'text/html')}
            data-doc-html
          >
            {t('docTab_downloadHtml')}
          </button>
          <button
            type="button"
            class="btn"
            onClick={() => downloadText(`${fileBase(settings)}.md`, policyMarkdown(doc), 'text/markdown')}
            data-doc-markdown
          >
            {t('docTab_downloadMarkdown')}
          </button>
        </div>
      </div>
      <DocumentPreview doc={doc} />
    </>
  );
}

/** The document as Preact elements: every string is set as text, never parsed as markup. */
export function DocumentPreview({ doc }: { doc: PolicyDocument }) {
  return (
    <div class="paper-wrap">
      <article class="paper" aria-label={t('docTab_preview')} data-policy-document>
        <h1>{doc.title}</h1>
        {doc.practice && <p class="practice">{doc.practice}</p>}
        {doc.details.length > 0 && (
          <dl>
            {doc.details.map((d) => (
              <div key={d.label}>
                <dt>{d.label}</dt>
                <dd>{d.value}</dd>
              </div>
            ))}
          </dl>
        )}
        {doc.sections.map((s) => (
          <section key={s.id} data-doc-section={s.id}>
            <h2>{s.heading}</h2>
            {s.paragraphs.map((p, i) => (
              <p key={i} class={p.why ? 'why' : undefined}>
                {p.text}
              </p>
            ))}
          </section>
        ))}
        <section class="ack">
          <p>{doc.acknowledgement}</p>
          <div class="sign">
            <span>{t('doc_signature')}</span>
            <span>{t('doc_signDate')}</span>
          </div>
        </section>
      </article>
    </div>
  );
}
