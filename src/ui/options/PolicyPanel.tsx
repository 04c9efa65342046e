import { useEffect, useId, useState } from 'preact/hooks';
import { locale, messages, t } from '../../core/i18n';
import {
  CLAUSE_IDS,
  type ClauseId,
  LEVEL_NAMES,
  LEVELS,
  type Level,
  PLATFORM_NAMES,
  PLATFORMS,
  type Platform,
  RULE_CLAUSE,
  RULE_KEYS,
  RULE_NAMES,
  type RuleKey,
  SCOPES,
  type Scope,
} from '../../core/vocabulary';
import { CLAUSES, type ClauseChoice } from '../../policy/clauses';
import { clauseLocked, exceptionLocked, offeredClause, platformLocked, ruleLocked, settingLocked } from '../../policy/locks';
import { exceptionOf, sitesWithException, withException } from '../../policy/rules';
import type { Rule, Settings } from '../../policy/schema';
import { PLATFORM_RULES, SCOPE_NAMES } from '../shared/platform-rules';
import { Check } from '../shared/widgets';
import { LockNote, ManagedBanner, useManaged } from './managed-ui';

type Edit = (change: (s: Settings) => Settings, delayMs?: number) => void;

/** Typing pauses this long before a text edit is saved (and reaches open tabs). */
export const TEXT_SAVE_DELAY = 400;

export const LEVEL_HELP: Readonly<Record<Level, string>> = messages({
  off: 'levelHelp_off',
  remind: 'levelHelp_remind',
  confirm: 'levelHelp_confirm',
  reason: 'levelHelp_reason',
  block: 'levelHelp_block',
});

const RULES_OF_CLAUSE = Object.fromEntries(CLAUSE_IDS.map((id) => [id, RULE_KEYS.filter((k) => RULE_CLAUSE[k] === id)])) as Record<
  ClauseId,
  RuleKey[]
>;

const SITE_NAMES: Record<(typeof PLATFORMS)[number], string> = { ...PLATFORM_NAMES, yelp: 'Yelp for Business' };

/** Moves to a part of this tab and puts focus on its heading (the address hash names the tab, so no anchors). */
function jump(id: string) {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

export function PolicyPanel({ settings, edit }: { settings: Settings; edit: Edit }) {
  return (
    <>
      <div class="panel-intro">
        <h2>{t('policy_title')}</h2>
        <p class="muted">{t('policy_intro')}</p>
      </div>
      <ManagedBanner />
      <nav aria-label={t('policy_onThisTab')}>
        <ul class="jump">
          <li>
            <button type="button" class="btn btn-link btn-small" onClick={() => jump('clauses')}>
              {t('policy_clauses')}
            </button>
          </li>
          <li>
            <button type="button" class="btn btn-link btn-small" onClick={() => jump('when-to-step-in')}>
              {t('policy_whenToStepIn')}
            </button>
          </li>
          <li>
            <button type="button" class="btn btn-link btn-small" onClick={() => jump('sites-and-reminders')}>
              {t('policy_jumpSites')}
            </button>
          </li>
        </ul>
      </nav>
      <h3 id="clauses" class="visually-hidden" tabIndex={-1}>
        {t('policy_clauses')}
      </h3>
      {CLAUSE_IDS.map((id) => (
        <ClauseCard key={id} id={id} settings={settings} edit={edit} />
      ))}
      <RulesCard settings={settings} edit={edit} />
      <SitesCard settings={settings} edit={edit} />
    </>
  );
}

/** The choice id of the wording a practice offers (a clause its administrator left open). */
export const PRACTICE_CHOICE = 'practice';

function ClauseCard({ id, settings, edit }: { id: ClauseId; settings: Settings; edit: Edit }) {
  const def = CLAUSES[id];
  const { policy, by } = useManaged();
  const locked = clauseLocked(policy, id);
  const offered = offeredClause(policy, id);
  // A clause the practice left open: its wording is offered first, beside the standard ones.
  const choices: readonly ClauseChoice[] = offered
    ? [{ id: PRACTICE_CHOICE, label: t('policy_practiceWording', by), text: offered.text }, ...def.choices]
    : def.choices;
  const current = settings.clauses[id];
  const stock = choices.find((c) => c.id === current.choice);
  const edited = stock ? stock.text !== current.text : false;
  const [replaced, setReplaced] = useState<string | null>(null);
  const textId = useId();
  const lockId = `${textId}-lock`;
  const rules = RULES_OF_CLAUSE[id];
  const choose = (choice: string) => {
    const next = choices.find((c) => c.id === choice);
    if (!next) {
      edit((s) => ({ ...s, clauses: { ...s.clauses, [id]: { choice: 'custom', text: s.clauses[id].text } } }));
      return;
    }
    // Switching away from the therapist's own words keeps them one click away.
    setReplaced(edited || current.choice === 'custom' ? current.text : null);
    edit((s) => ({ ...s, clauses: { ...s.clauses, [id]: { choice: next.id, text: next.text } } }));
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
              edit((s) => ({ ...s, clauses: { ...s.clauses, [id]: { choice: 'custom', text } } }));
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
            edit((s) => ({ ...s, clauses: { ...s.clauses, [id]: { choice: s.clauses[id].choice, text } } }), TEXT_SAVE_DELAY);
          }}
        />
        {!locked && stock && edited && (
          <div>
            <button type="button" class="btn btn-link btn-small" onClick={() => choose(stock.id)}>
              {t('policy_restore')}
            </button>
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

const RULE_SITES = Object.fromEntries(RULE_KEYS.map((k) => [k, PLATFORMS.filter((p) => PLATFORM_RULES[p].includes(k))])) as Record<
  RuleKey,
  Platform[]
>;

/** "X", "X and Facebook", "X, Facebook and Yelp". */
function siteList(sites: Platform[]): string {
  const names = sites.map((p) => PLATFORM_NAMES[p]);
  return names.length > 1 ? t('list_and', names.slice(0, -1).join(', '), names[names.length - 1] ?? '') : (names[0] ?? '');
}

function RulesCard({ settings, edit }: { settings: Settings; edit: Edit }) {
  const setRule = (key: RuleKey, patch: Partial<{ level: Level; scope: Scope }>) =>
    edit((s) => ({ ...s, rules: { ...s.rules, [key]: { ...s.rules[key], ...patch } } }));
  return (
    <section class="card" aria-labelledby="when-to-step-in">
      <h3 id="when-to-step-in" tabIndex={-1}>
        {t('policy_whenToStepIn')}
      </h3>
      <p class="hint">{t('policy_rulesHint')}</p>
      <details class="levels-help">
        <summary>{t('policy_levelsMean')}</summary>
        <dl>
          {LEVELS.map((l) => (
            <div key={l}>
              <dt>{LEVEL_NAMES[l]}</dt>
              <dd>{LEVEL_HELP[l]}</dd>
            </div>
          ))}
        </dl>
      </details>
      <ul class="rules">
        {RULE_KEYS.map((key) => (
          <RuleRow key={key} rule={key} settings={settings} edit={edit} setRule={setRule} />
        ))}
      </ul>
    </section>
  );
}

function RuleRow({
  rule: key,
  settings,
  edit,
  setRule,
}: {
  rule: RuleKey;
  settings: Settings;
  edit: Edit;
  setRule: (key: RuleKey, patch: Partial<{ level: Level; scope: Scope }>) => void;
}) {
  const { policy, by } = useManaged();
  const ids = useId();
  const rule = settings.rules[key];
  const locked = ruleLocked(policy, key);
  const name = RULE_NAMES[key].toLocaleLowerCase(locale());
  const differing = sitesWithException(settings, key);
  // The sites that have this action, and any other site that has an exception for it (so none is hidden).
  const sites = PLATFORMS.filter((p) => RULE_SITES[key].includes(p) || differing.includes(p));
  const describedBy = locked ? `${ids}-lock` : undefined;
  // Open while a site differs, and whenever the therapist opened it: it never closes under their hands
  // (removing the last exception keeps it open, with the focus where it was).
  const [open, setOpen] = useState(differing.length > 0);
  useEffect(() => {
    if (differing.length > 0) setOpen(true);
  }, [differing.length]);
  return (
    <li class="rule" data-rule={key}>
      <div class="rule-main">
        <div class="rule-name">
          <strong>{RULE_NAMES[key]}</strong>
          <span class="hint">
            {t('policy_ruleSites', RULE_SITES[key].map((p) => PLATFORM_NAMES[p]).join(', '), CLAUSES[RULE_CLAUSE[key]].title)}
          </span>
          {locked && <LockNote id={`${ids}-lock`} by={by} />}
        </div>
        <label class="rule-control">
          <span class="label small">
            {t('policy_level')}
            <span class="visually-hidden"> {t('policy_forAllSites', name)}</span>
          </span>
          <select
            value={rule.level}
            data-rule-level={key}
            disabled={locked}
            aria-describedby={describedBy}
            onChange={(e) => setRule(key, { level: (e.currentTarget as HTMLSelectElement).value as Level })}
          >
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label class="rule-control">
          <span class="label small">
            {t('policy_when')}
            <span class="visually-hidden"> {t('policy_forAllSites', name)}</span>
          </span>
          <select
            value={rule.scope}
            data-rule-scope={key}
            disabled={locked || rule.level === 'off'}
            aria-describedby={describedBy}
            onChange={(e) => setRule(key, { scope: (e.currentTarget as HTMLSelectElement).value as Scope })}
          >
            {SCOPES.map((sc) => (
              <option key={sc} value={sc}>
                {SCOPE_NAMES[sc]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <details class="site-rules" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)} data-site-rules={key}>
        <summary>
          <span class="visually-hidden">{RULE_NAMES[key]}: </span>
          {differing.length ? t('policy_differentOn', siteList(differing)) : t('policy_sameEverywhere')}
        </summary>
        <ul class="site-rule-list">
          {sites.map((p) => (
            <SiteRuleRow key={p} platform={p} rule={key} everywhere={rule} settings={settings} edit={edit} />
          ))}
        </ul>
      </details>
    </li>
  );
}

function SiteRuleRow({
  platform,
  rule: key,
  everywhere,
  settings,
  edit,
}: {
  platform: Platform;
  rule: RuleKey;
  everywhere: Rule;
  settings: Settings;
  edit: Edit;
}) {
  const { policy, by } = useManaged();
  const ids = useId();
  const own = exceptionOf(settings, platform, key);
  const locked = exceptionLocked(policy, platform, key);
  const site = PLATFORM_NAMES[platform];
  const name = RULE_NAMES[key].toLocaleLowerCase(locale());
  const set = (rule: Rule | null) => edit((s) => ({ ...s, platformRules: withException(s.platformRules, platform, key, rule) }));
  const describedBy = locked ? `${ids}-lock` : undefined;
  return (
    <li class={`site-rule${own ? ' differs' : ''}`} data-site-rule={`${platform}:${key}`}>
      <div class="site-name">
        <strong>{site}</strong>
        {own && <span class="pill small on">{t('policy_exception')}</span>}
        {locked && <LockNote id={`${ids}-lock`} by={by} />}
      </div>
      <label class="rule-control site-level">
        <span class="label small">
          {t('policy_level')}
          <span class="visually-hidden"> {t('policy_forSite', name, site)}</span>
        </span>
        <select
          value={own?.level ?? ''}
          data-site-level={`${platform}:${key}`}
          disabled={locked}
          aria-describedby={describedBy}
          onChange={(e) => {
            const level = (e.currentTarget as HTMLSelectElement).value as Level | '';
            set(level === '' ? null : { level, scope: own?.scope ?? everywhere.scope });
          }}
        >
          <option value="">{t('policy_asEverywhereLevel', LEVEL_NAMES[everywhere.level])}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
      {own ? (
        <label class="rule-control">
          <span class="label small">
            {t('policy_when')}
            <span class="visually-hidden"> {t('policy_forSite', name, site)}</span>
          </span>
          <select
            value={own.scope}
            data-site-scope={`${platform}:${key}`}
            disabled={locked || own.level === 'off'}
            aria-describedby={describedBy}
            onChange={(e) => set({ level: own.level, scope: (e.currentTarget as HTMLSelectElement).value as Scope })}
          >
            {SCOPES.map((sc) => (
              <option key={sc} value={sc}>
                {SCOPE_NAMES[sc]}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <div class="rule-control">
          <span class="label small">{t('policy_when')}</span>
          <span class="as-everywhere">{t('policy_asEverywhere')}</span>
        </div>
      )}
    </li>
  );
}

function SitesCard({ settings, edit }: { settings: Settings; edit: Edit }) {
  const { policy, by } = useManaged();
  const ids = useId();
  const sitesLocked = PLATFORMS.some((p) => platformLocked(policy, p));
  const discreetLocked = settingLocked(policy, 'discreet');
  return (
    <section class="card" aria-labelledby="sites-and-reminders">
      <h3 id="sites-and-reminders" tabIndex={-1}>
        {t('policy_sitesTitle')}
      </h3>
      <fieldset class="plain">
        <legend class="label">{t('policy_guardSites')}</legend>
        {sitesLocked && <LockNote id={`${ids}-sites`} by={by} />}
        <div class="site-checks">
          {PLATFORMS.map((p) => (
            <Check
              key={p}
              checked={settings.platforms[p]}
              disabled={platformLocked(policy, p)}
              describedBy={platformLocked(policy, p) ? `${ids}-sites` : undefined}
              data-platform={p}
              onChange={(on) => edit((s) => ({ ...s, platforms: { ...s.platforms, [p]: on } }))}
            >
              {SITE_NAMES[p]}
            </Check>
          ))}
        </div>
      </fieldset>
      {discreetLocked && <LockNote id={`${ids}-discreet`} by={by} />}
      <Check
        checked={settings.discreet}
        disabled={discreetLocked}
        describedBy={discreetLocked ? `${ids}-discreet` : undefined}
        data-setting="discreet"
        onChange={(on) => edit((s) => ({ ...s, discreet: on }))}
        hint={t('policy_discreetHint')}
      >
        {t('policy_discreet')}
      </Check>
    </section>
  );
}
