import { useEffect, useRef, useState } from 'preact/hooks';
import { type MessageKey, t, tn } from '../../core/i18n';
import { CLAUSE_IDS, type ClauseId } from '../../core/vocabulary';
import { offeredClause } from '../../policy/locks';
import type { Settings } from '../../policy/schema';
import { SEED_CLAUSES } from '../../policy/seed';
import { Field } from '../shared/widgets';
import { clauseChoices, PRACTICE_CHOICE } from './clause-choices';
import { useManaged } from './managed-ui';
import { SetupClause } from './SetupClause';
import { SetupFirmness } from './SetupFirmness';
import { type Firmness, firmnessOf, presetRules } from './setup-firmness';

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
  clientCount,
  onGoTo,
}: {
  settings: Settings;
  onSave: (next: Settings) => void;
  onClose: () => void;
  /** The clients on the list: the last step asks for the list while there are none. */
  clientCount: number;
  /** Where the last step leads: the client import, the add-a-client form, or the policy. */
  onGoTo: (where: 'import' | 'add' | 'policy') => void;
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
    const c = clauseChoices(policy, by, id).find((x) => x.id === choice);
    if (c) setDraft((d) => ({ ...d, clauses: { ...d.clauses, [id]: { choice: c.id, text: c.text } } }));
  };

  const leave = (where: 'import' | 'add' | 'policy') => {
    onClose();
    onGoTo(where);
  };

  const save = () => {
    // A preset is the same level on every site: it replaces any per-site exceptions.
    onSave(firmness === 'keep' ? draft : { ...draft, rules: presetRules(firmness), platformRules: {} });
    setStep(4);
  };

  const clausePicker = (id: ClauseId) => (
    <SetupClause key={id} id={id} draft={draft} choices={clauseChoices(policy, by, id)} onChoose={(choice) => chooseClause(id, choice)} />
  );

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
        <SetupFirmness
          settings={settings}
          draft={draft}
          firmness={firmness}
          onFirmness={setFirmness}
          onDiscreet={(on) => setDraft((d) => ({ ...d, discreet: on }))}
        />
      )}
      {step === 4 && (
        <>
          <p>{t('setup_saved')}</p>
          <section class="setup-list" aria-labelledby="setup-list-title" data-setup-list>
            <h3 id="setup-list-title">{t('setup_listTitle')}</h3>
            {clientCount > 0 ? <p>{tn(clientCount, 'setup_listHas')}</p> : <p>{t('setup_listNeeded')}</p>}
          </section>
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
        {step === 4 && clientCount === 0 && (
          <>
            <button type="button" class="btn btn-primary" onClick={() => leave('import')} data-setup-import>
              {t('setup_importList')}
            </button>
            <button type="button" class="btn" onClick={() => leave('add')} data-setup-add>
              {t('setup_addByHand')}
            </button>
            <button type="button" class="btn btn-link" onClick={onClose} data-setup-later>
              {t('setup_later')}
            </button>
          </>
        )}
        {step === 4 && clientCount > 0 && (
          <>
            <button type="button" class="btn btn-primary" onClick={onClose} data-setup-done>
              {t('setup_done')}
            </button>
            <button type="button" class="btn" onClick={() => leave('policy')}>
              {t('setup_reviewPolicy')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
