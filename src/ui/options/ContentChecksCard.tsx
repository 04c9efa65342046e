import { useId, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { CONTENT_CATEGORIES, type ContentCheck } from '../../policy/content-checks/categories';
import type { Settings } from '../../policy/schema';
import { Check } from '../shared/widgets';
import { type Edit, TEXT_SAVE_DELAY } from './edit';
import { parseOwnPhrases } from './own-phrases';
import { CATEGORY_NAMES } from './setting-names';

/**
 * What the content checks look for in a draft: each category on or off, and the therapist's own
 * phrases (the practice's name with "client", a hashtag of the practice). The rules that say how
 * firmly to step in are in the rules card with every other rule.
 */
export function ContentChecksCard({ settings, edit }: { settings: Settings; edit: Edit }) {
  const ids = useId();
  const checks = settings.contentChecks;
  return (
    <section class="card" aria-labelledby={`${ids}-title`} data-content-checks="">
      <h3 id={`${ids}-title`} tabIndex={-1}>
        {t('contentChecks_title')}
      </h3>
      <p class="hint">{t('contentChecks_intro')}</p>
      <fieldset class="plain">
        <legend class="label">{t('contentChecks_categories')}</legend>
        {CONTENT_CATEGORIES.map((c) => (
          <Check
            key={c}
            checked={checks.categories[c]}
            data-content-category={c}
            onChange={(on) =>
              edit((s) => ({ ...s, contentChecks: { ...s.contentChecks, categories: { ...s.contentChecks.categories, [c]: on } } }))
            }
          >
            {CATEGORY_NAMES[c]()}
          </Check>
        ))}
      </fieldset>
      <OwnPhrases check="care" settings={settings} edit={edit} />
      <OwnPhrases check="marketing" settings={settings} edit={edit} />
    </section>
  );
}

function OwnPhrases({ check, settings, edit }: { check: ContentCheck; settings: Settings; edit: Edit }) {
  const id = useId();
  const saved = settings.contentChecks.phrases[check];
  const [text, setText] = useState(saved.join('\n'));
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="field">
      <label for={id}>{t(check === 'care' ? 'contentChecks_ownCare' : 'contentChecks_ownMarketing')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('contentChecks_ownHint')}
      </p>
      <textarea
        id={id}
        rows={3}
        data-own-phrases={check}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? 'true' : undefined}
        value={text}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLTextAreaElement).value;
          setText(value);
          const parsed = parseOwnPhrases(value);
          if (!parsed.ok) {
            setError(parsed.error);
            return;
          }
          setError(null);
          edit(
            (s) => ({ ...s, contentChecks: { ...s.contentChecks, phrases: { ...s.contentChecks.phrases, [check]: parsed.phrases } } }),
            TEXT_SAVE_DELAY,
          );
        }}
      />
      {error && (
        <p class="error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
