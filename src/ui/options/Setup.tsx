import { useEffect, useRef, useState } from 'preact/hooks';
import { type MessageKey, t } from '../../core/i18n';
import { CLAUSE_IDS, type ClauseId, type Level, RULE_KEYS } from '../../core/vocabulary';
import { CLAUSES, type ClauseChoice } from '../../policy/clauses';
import { defaultSettings } from '../../policy/defaults';
import { clauseLocked, offeredClause, ruleLocked, settingLocked } from '../../policy/locks';
import type { Settings } from '../../policy/schema';
import { SEED_CLAUSES } from '../../policy/seed';
import { Check, Field } from '../shared/widgets';
import { LockNote, useManaged } from './managed-ui';
import { PRACTICE_CHOICE } from './PolicyPanel';
import { canonical } from './settings-sync';

export type Firmness = 'gentle' | 'standard' | 'firm' | 'keep';

const FIRMNESS: Array<{ id: Exclude<Firmness, 'keep'>; label: MessageKey; hint: MessageKey }> = [
  { id: 'gentle', label: 'setup_gentle', hint: 'setup_gentleHint' },
  { id: 'standard', label: 'setup_standard', hint: 'setup_standardHint' },
  { id: 'firm', label: 'setup_firm', hint: 'setup_firmHint' },
];

/** The rules of a firmness preset, from the seed rules (which keep their "every time / clients only" scopes). */
export function presetRules(firmness: Exclude<Firmness, 'keep'>): Settings['rules'] {
  const rules = structuredClone(defaultSettings().rules);
  if (firmness === 'standard') return rules;
  for (const key of RULE_KEYS) {
    const level: Level = firmness === 'gentle' ? 'remind' : key === 'review.respond' ? 'block' : 'reason';
    rules[key] = { ...rules[key], level };
  }
  return rules;
}

/** The preset these levels are, if any: a preset is the same on every site, so any per-site exception makes it "keep". */
function firmnessOf(settings: Pick<Settings, 'rules' | 'platformRules'>): Firmness {
  if (Object.keys(settings.platformRules).length) return 'keep';
  for (const f of FIRMNESS) if (canonical(presetRules(f.id)) === canonical(settings.rules)) return f.id;
  return 'keep';
}

/** The title of each step (the first one says welcome in full). */
const STEPS: readonly MessageKey[] = ['setup_welcome', 'setup_stepFriends', 'setup_stepMessages', 'setup_stepFirmness', 'setup_stepDone'];

/**
 * The first-run setup: a few steps over the main choices, the seed policy
 * preselected. It sits above the tabs and never blocks the page (guarding
 * already works with the seed policy); nothing is saved until "Save".
 */
export function Setup({
  settings,
  onSave,
  onClose,
  onGoTo,
}: {
  settings: Settings;
  onSave: (next: Settings) => void;
  onClose: () => void;
  onGoTo: (tab: 'clients' | 'policy') => void;
}) {
  const { policy, by } = useManaged();
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<Settings>(() => {
    const d = structuredClone(settings);
    // A clause the practice left open: its wording is preselected where the seed wording is still in place.
    for (const id of CLAUSE_IDS) {
      const offered = offeredClause(policy, id);
      if (offered && d.clauses[id].choice === SEED_CLAUSES[id].choice) d.clauses[id] = { choice: PRACTICE_CHOICE, text: offered.text };
    }
    return d;
  });
  const [firmness, setFirmness] = useState<Firmness>(() => firmnessOf(settings));
  const choicesOf = (id: ClauseId): readonly ClauseChoice[] => {
    const offered = offeredClause(policy, id);
    return offered
      ? [{ id: PRACTICE_CHOICE, label: t('policy_practiceWording', by), text: offered.text }, ...CLAUSES[id].choices]
      : CLAUSES[id].choices;
  };
  const levelsManaged = RULE_KEYS.some((k) => ruleLocked(policy, k)) || Object.keys(policy?.platformRules ?? {}).length > 0;
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  useEffect(() => {
    // Moving between steps puts focus on the step's heading, so a screen reader announces it.
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const chooseClause = (id: ClauseId, choice: string) => {
    const c = choicesOf(id).find((x) => x.id === choice);
    if (c) setDraft((d) => ({ ...d, clauses: { ...d.clauses, [id]: { choice: c.id, text: c.text } } }));
  };

  const save = () => {
    // A preset is the same level on every site: it replaces any per-site exceptions.
    onSave(firmness === 'keep' ? draft : { ...draft, rules: presetRules(firmness), platformRules: {} });
    setStep(4);
  };

  const clausePicker = (id: ClauseId) => {
    const def = CLAUSES[id];
    const current = draft.clauses[id];
    const choices = choicesOf(id);
    if (clauseLocked(policy, id)) {
      return (
        <fieldset class="plain setup-clause" key={id} aria-describedby={`setup-lock-${id}`}>
          <legend class="label">{def.title}</legend>
          <LockNote id={`setup-lock-${id}`} by={by} />
          <p class="hint">{policy?.clauses?.[id]?.text}</p>
        </fieldset>
      );
    }
    return (
      <fieldset class="plain setup-clause" key={id}>
        <legend class="label">{def.title}</legend>
        <p class="hint">{def.why}</p>
        {choices.map((c) => (
          <label class="check" key={c.id}>
            <input type="radio" name={`setup-${id}`} checked={current.choice === c.id} onChange={() => chooseClause(id, c.id)} />
            <span>{c.label}</span>
          </label>
        ))}
        {!choices.some((c) => c.id === current.choice) && <p class="hint">{t('setup_ownWordingKept')}</p>}
      </fieldset>
    );
  };

  return (
    <section class="card setup no-print" aria-labelledby="setup-title" data-setup>
      <div class="row spread">
        <p class="setup-step small muted">{t('setup_step', Math.min(step + 1, 4), 4)}</p>
        {step < 4 && (
          <button type="button" class="btn btn-link btn-small" onClick={onClose} data-setup-skip>
            {t('setup_skip')}
          </button>
        )}
      </div>
      <h2 id="setup-title" ref={heading} tabIndex={-1}>
        {t(STEPS[step] ?? 'setup_welcome')}
      </h2>
      {step === 0 && (
        <>
          <p>{t('setup_welcomeText')}</p>
          <div class="detail-grid">
            <Field label={t('setup_practiceName')}>
              {({ id }) => (
                <input
                  id={id}
                  type="text"
                  maxLength={200}
                  value={draft.practice.practiceName}
                  onInput={(e) => {
                    const v = (e.currentTarget as HTMLInputElement).value;
                    setDraft((d) => ({ ...d, practice: { ...d.practice, practiceName: v } }));
                  }}
                />
              )}
            </Field>
            <Field label={t('setup_yourName')}>
              {({ id }) => (
                <input
                  id={id}
                  type="text"
                  maxLength={200}
                  value={draft.practice.therapistName}
                  onInput={(e) => {
                    const v = (e.currentTarget as HTMLInputElement).value;
                    setDraft((d) => ({ ...d, practice: { ...d.practice, therapistName: v } }));
                  }}
                />
              )}
            </Field>
          </div>
        </>
      )}
      {step === 1 && (
        <div class="setup-grid">
          {clausePicker('friending')}
          {clausePicker('following')}
        </div>
      )}
      {step === 2 && (
        <div class="setup-grid">
          {clausePicker('interacting')}
          {clausePicker('reviews')}
        </div>
      )}
      {step === 3 && (
        <>
          <fieldset class="plain">
            <legend class="label">{t('setup_whenAbout')}</legend>
            {FIRMNESS.map((f) => (
              <label class="check" key={f.id}>
                <input type="radio" name="setup-firmness" checked={firmness === f.id} onChange={() => setFirmness(f.id)} />
                <span>
                  {t(f.label)}
                  <span class="hint" style={{ display: 'block' }}>
                    {t(f.hint)}
                  </span>
                </span>
              </label>
            ))}
            {levelsManaged && (
              <p class="hint" data-setup-managed-levels>
                {t('setup_managedLevels', by)}
              </p>
            )}
            {firmnessOf(settings) === 'keep' && (
              <label class="check">
                <input type="radio" name="setup-firmness" checked={firmness === 'keep'} onChange={() => setFirmness('keep')} />
                <span>{t('setup_keepLevels')}</span>
              </label>
            )}
          </fieldset>
          {settingLocked(policy, 'discreet') && <LockNote id="setup-lock-discreet" by={by} />}
          <Check
            checked={draft.discreet}
            disabled={settingLocked(policy, 'discreet')}
            describedBy={settingLocked(policy, 'discreet') ? 'setup-lock-discreet' : undefined}
            onChange={(on) => setDraft((d) => ({ ...d, discreet: on }))}
            hint={t('setup_discreetHint')}
          >
            {t('policy_discreet')}
          </Check>
        </>
      )}
      {step === 4 && (
        <>
          <p>{t('setup_saved')}</p>
          <p>{t('setup_next')}</p>
        </>
      )}
      <div class="row setup-nav">
        {step > 0 && step < 4 && (
          <button type="button" class="btn" onClick={() => setStep(step - 1)}>
            {t('setup_back')}
          </button>
        )}
        {step < 3 && (
          <button type="button" class="btn btn-primary" onClick={() => setStep(step + 1)} data-setup-next>
            {t('setup_nextButton')}
          </button>
        )}
        {step === 3 && (
          <button type="button" class="btn btn-primary" onClick={save} data-setup-save>
            {t('common_save')}
          </button>
        )}
        {step === 4 && (
          <>
            <button
              type="button"
              class="btn btn-primary"
              onClick={() => {
                onClose();
                onGoTo('clients');
              }}
            >
              {t('setup_addClients')}
            </button>
            <button
              type="button"
              class="btn"
              onClick={() => {
                onClose();
                onGoTo('policy');
              }}
            >
              {t('setup_reviewPolicy')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
