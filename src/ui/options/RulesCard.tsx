import { useEffect, useId, useState } from 'preact/hooks';
import { locale, messages, t } from '../../core/i18n';
import {
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
  type Scope,
} from '../../core/vocabulary';
import { CLAUSES } from '../../policy/clauses';
import { exceptionLocked, ruleLocked } from '../../policy/locks';
import { exceptionOf, sitesWithException, withException } from '../../policy/rules';
import type { Rule, Settings } from '../../policy/schema';
import { PLATFORM_RULES } from '../shared/platform-rules';
import type { Edit } from './edit';
import { LockNote, useManaged } from './managed-ui';
import { LevelSelect, ScopeSelect } from './rule-selects';

export const LEVEL_HELP: Readonly<Record<Level, string>> = messages({
  off: 'levelHelp_off',
  remind: 'levelHelp_remind',
  confirm: 'levelHelp_confirm',
  reason: 'levelHelp_reason',
  block: 'levelHelp_block',
});

const RULE_SITES = Object.fromEntries(RULE_KEYS.map((k) => [k, PLATFORMS.filter((p) => PLATFORM_RULES[p].includes(k))])) as Record<
  RuleKey,
  Platform[]
>;

/** Rules that only ever fire for a client (text that names one): a "when" choice would change nothing. */
const ALWAYS_ABOUT_A_CLIENT: ReadonlySet<RuleKey> = new Set(['post']);

function AboutAClient() {
  return (
    <div class="rule-control">
      <span class="label small">{t('policy_when')}</span>
      <span class="as-everywhere">{t('policy_alwaysClient')}</span>
    </div>
  );
}

/** "X", "X and Facebook", "X, Facebook and Yelp". */
function siteList(sites: Platform[]): string {
  const names = sites.map((p) => PLATFORM_NAMES[p]);
  return names.length > 1 ? t('list_and', names.slice(0, -1).join(', '), names[names.length - 1] ?? '') : (names[0] ?? '');
}

/** "When to step in": one row per action, each with its level, its "when" and the sites that differ. */
export function RulesCard({ settings, edit }: { settings: Settings; edit: Edit }) {
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
          <RuleRow key={key} rule={key} settings={settings} edit={edit} />
        ))}
      </ul>
    </section>
  );
}

function RuleRow({ rule: key, settings, edit }: { rule: RuleKey; settings: Settings; edit: Edit }) {
  const { policy, by } = useManaged();
  const ids = useId();
  const rule = settings.rules[key];
  const locked = ruleLocked(policy, key);
  const context = t('policy_forAllSites', RULE_NAMES[key].toLocaleLowerCase(locale()));
  const differing = sitesWithException(settings, key);
  // The sites that have this action, and any other site that has an exception for it (so none is hidden).
  const sites = PLATFORMS.filter((p) => RULE_SITES[key].includes(p) || differing.includes(p));
  const describedBy = locked ? `${ids}-lock` : undefined;
  const setRule = (patch: Partial<{ level: Level; scope: Scope }>) =>
    edit((s) => ({ ...s, rules: { ...s.rules, [key]: { ...s.rules[key], ...patch } } }));
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
        <LevelSelect
          value={rule.level}
          context={context}
          disabled={locked}
          describedBy={describedBy}
          data-rule-level={key}
          onChange={(level) => level && setRule({ level })}
        />
        {ALWAYS_ABOUT_A_CLIENT.has(key) ? (
          <AboutAClient />
        ) : (
          <ScopeSelect
            value={rule.scope}
            context={context}
            disabled={locked || rule.level === 'off'}
            describedBy={describedBy}
            data-rule-scope={key}
            onChange={(scope) => setRule({ scope })}
          />
        )}
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

/** One site's exception to a rule: its own level (or "as everywhere") and, when it has one, its own "when". */
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
  const context = t('policy_forSite', RULE_NAMES[key].toLocaleLowerCase(locale()), site);
  const set = (rule: Rule | null) => edit((s) => ({ ...s, platformRules: withException(s.platformRules, platform, key, rule) }));
  const describedBy = locked ? `${ids}-lock` : undefined;
  const pair = `${platform}:${key}`;
  return (
    <li class={`site-rule${own ? ' differs' : ''}`} data-site-rule={pair}>
      <div class="site-name">
        <strong>{site}</strong>
        {own && <span class="pill small on">{t('policy_exception')}</span>}
        {locked && <LockNote id={`${ids}-lock`} by={by} />}
      </div>
      <LevelSelect
        class="site-level"
        value={own?.level ?? null}
        inherited={everywhere.level}
        context={context}
        disabled={locked}
        describedBy={describedBy}
        data-site-level={pair}
        onChange={(level) => set(level === null ? null : { level, scope: own?.scope ?? everywhere.scope })}
      />
      {ALWAYS_ABOUT_A_CLIENT.has(key) ? (
        <AboutAClient />
      ) : own ? (
        <ScopeSelect
          value={own.scope}
          context={context}
          disabled={locked || own.level === 'off'}
          describedBy={describedBy}
          data-site-scope={pair}
          onChange={(scope) => set({ level: own.level, scope })}
        />
      ) : (
        <div class="rule-control">
          <span class="label small">{t('policy_when')}</span>
          <span class="as-everywhere">{t('policy_asEverywhere')}</span>
        </div>
      )}
    </li>
  );
}
