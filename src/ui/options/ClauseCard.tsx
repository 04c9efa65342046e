import { useId, useRef, useState } from 'preact/hooks';
import { locale, t } from '../../core/i18n';
import { CLAUSE_IDS, type ClauseId, RULE_CLAUSE, RULE_KEYS, RULE_NAMES, type RuleKey } from '../../core/vocabulary';
import { CLAUSES } from '../../policy/clauses';
import { clauseLocked, settingLocked } from '../../policy/locks';
import type { Settings } from '../../policy/schema';

type Clause = Settings['clauses'][ClauseId];

import { clauseChoices } from './clause-choices';
import { type Edit, TEXT_SAVE_DELAY } from './edit';
import { LockNote, useManaged } from './managed-ui';

const RULES_OF_CLAUSE = Object.fromEntries(CLAUSE_IDS.map((id) => [id, RULE_KEYS.filter((k) => RULE_CLAUSE[k] === id)])) as Record<
  ClauseId,
  RuleKey[]
>;

export function ClauseCard({ id, settings, edit }: { id: ClauseId; settings: Settings; edit: Edit }) {
  const def = CLAUSES[id];
  const { policy, by } = useManaged();
  const locked = clauseLocked(policy, id);
  const choices = clauseChoices(policy, by, id);
  const current = settings.clauses[id];
  const stock = choices.find((c) => c.id === current.choice);
  const edited = stock ? stock.text !== current.text : false;
  const [replaced, setReplaced] = useState<string | null>(null);
  // The therapist's own words, kept when a stock wording replaces them: "My own wording" brings them back.
  const [own, setOwn] = useState<string | null>(null);
  // The clause as it was before the last change (a choice, a restore, or a run of typing): what Undo puts back.
  const [undo, setUndo] = useState<Clause | null>(null);
  const typing = useRef(false);
  const textId = useId();
  const lockId = `${textId}-lock`;
  const rules = RULES_OF_CLAUSE[id];
  const change = (next: Clause) => {
    typing.current = false;
    setUndo(current);
    edit((s) => ({ ...s, clauses: { ...s.clauses, [id]: next } }));
  };
  const choose = (choice: string) => {
    const next = choices.find((c) => c.id === choice);
    if (!next) {
      change({ choice: 'custom', text: own ?? current.text });
      setReplaced(null);
      return;
    }
    // Switching away from the therapist's own words keeps them one click away.
    const mine = edited || current.choice === 'custom' ? current.text : null;
    if (mine !== null) setOwn(mine);
    setReplaced(mine);
    change({ choice: next.id, text: next.text });
  };
  return (
    <fieldset class={`card clause${locked ? ' locked' : ''}`} data-clause={id} aria-describedby={locked ? lockId : undefined}>
      <legend>
        <h3>{def.title}</h3>
      </legend>
      {locked && <LockNote id={lockId} by={by} />}
      <p class="hint">
        {rules.length
          ? t('policy_quotedFor', rules.map((r) => RULE_NAMES[r].toLocaleLowerCase(locale())).join('; '))
          : t('policy_printedOnly')}
      </p>
      {!locked && (
        <div class="choices">
          {choices.map((c) => (
            <label class="check" key={c.id}>
              <input
                type="radio"
                name={`clause-${id}`}
                value={c.id}
                checked={current.choice === c.id}
                onChange={() => choose(c.id)}
                data-clause-choice={c.id}
              />
              <span>
                {c.label}
                {current.choice === c.id && edited && <span class="pill small edited">{t('policy_edited')}</span>}
                {c.hint && (
                  <span class="hint choice-hint" data-choice-hint={c.id}>
                    {c.hint}
                  </span>
                )}
              </span>
            </label>
          ))}
          <label class="check">
            <input type="radio" name={`clause-${id}`} value="custom" checked={!stock} onChange={() => choose('custom')} />
            <span>{t('policy_ownWording')}</span>
          </label>
        </div>
      )}
      {replaced !== null && (
        <p class="banner info small" role="status">
          {t('policy_replaced')}{' '}
          <button
            type="button"
            class="btn btn-link btn-small"
            onClick={() => {
              const text = replaced;
              setReplaced(null);
              change({ choice: 'custom', text });
            }}
          >
            {t('policy_bringBack')}
          </button>
        </p>
      )}
      <div class="field">
        <label for={textId}>{t('policy_wording')}</label>
        <textarea
          id={textId}
          rows={3}
          maxLength={2000}
          data-clause-text={id}
          value={current.text}
          disabled={locked}
          aria-describedby={locked ? lockId : undefined}
          onInput={(e) => {
            const text = (e.currentTarget as HTMLTextAreaElement).value;
            setReplaced(null);
            // A run of typing is one change for Undo: the clause as it was before the first keystroke.
            if (!typing.current) setUndo(current);
            typing.current = true;
            if (current.choice === 'custom') setOwn(text);
            edit((s) => ({ ...s, clauses: { ...s.clauses, [id]: { choice: s.clauses[id].choice, text } } }), TEXT_SAVE_DELAY);
          }}
        />
        {!locked && (
          <div class="row">
            {stock && edited && (
              <button type="button" class="btn btn-link btn-small" onClick={() => choose(stock.id)}>
                {t('policy_restore')}
              </button>
            )}
            {undo && (
              <button
                type="button"
                class="btn btn-link btn-small"
                data-clause-undo={id}
                onClick={() => {
                  const before = undo;
                  setReplaced(null);
                  change(before);
                  setUndo(null);
                }}
              >
                {t('policy_undo')}
              </button>
            )}
          </div>
        )}
      </div>
      {id === 'reviews' && <ReviewReply settings={settings} edit={edit} />}
    </fieldset>
  );
}

function ReviewReply({ settings, edit }: { settings: Settings; edit: Edit }) {
  const id = useId();
  const { policy, by } = useManaged();
  const locked = settingLocked(policy, 'reviewReplyText');
  return (
    <div class="field">
      <label for={id}>{t('policy_reviewReply')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('policy_reviewReplyHint')}
      </p>
      {locked && <LockNote id={`${id}-lock`} by={by} />}
      <textarea
        id={id}
        rows={3}
        maxLength={2000}
        disabled={locked}
        data-setting="reviewReplyText"
        aria-describedby={locked ? `${id}-hint ${id}-lock` : `${id}-hint`}
        value={settings.reviewReplyText}
        onInput={(e) => {
          const text = (e.currentTarget as HTMLTextAreaElement).value;
          edit((s) => ({ ...s, reviewReplyText: text }), TEXT_SAVE_DELAY);
        }}
      />
    </div>
  );
}
