import { messages } from '../../core/i18n';
import { LEVEL_NAMES, type Level, type Platform, RULE_NAMES, type RuleKey, type Scope } from '../../core/vocabulary';
import { effectiveRule, exceptionOf } from '../../policy/rules';
import type { Settings } from '../../policy/schema';
import { SITES } from '../../sites/registry';
import type { Site } from '../../sites/site';

/**
 * Which rules can fire on which platform: what each site declares it guards
 * (src/sites/<site>/site.ts). Used to say in the popup what is guarded on the page.
 */
export function platformRules(sites: readonly Site[]): Record<Platform, readonly RuleKey[]> {
  return Object.fromEntries(sites.map((site) => [site.platform, site.guards])) as Record<Platform, readonly RuleKey[]>;
}

export const PLATFORM_RULES = platformRules(SITES);

export interface GuardedRule {
  key: RuleKey;
  name: string;
  level: Exclude<Level, 'off'>;
  levelName: string;
  scope: Scope;
  /** True when this site has its own rule for the action (an exception to the rule for every site). */
  siteOnly: boolean;
}

/**
 * The rules that are on for a platform, at the level that holds there (the
 * site's exception, else the rule for every site), in the order of
 * PLATFORM_RULES; none when the platform is switched off.
 */
export function guardedRules(settings: Settings, platform: Platform): GuardedRule[] {
  if (!settings.platforms[platform]) return [];
  return PLATFORM_RULES[platform].flatMap((key) => {
    const rule = effectiveRule(settings, platform, key);
    return rule.level === 'off'
      ? []
      : [
          {
            key,
            name: RULE_NAMES[key],
            level: rule.level,
            levelName: LEVEL_NAMES[rule.level],
            scope: rule.scope,
            siteOnly: exceptionOf(settings, platform, key) !== null,
          },
        ];
  });
}

export const SCOPE_NAMES: Readonly<Record<Scope, string>> = messages({
  always: 'scope_always',
  client: 'scope_client',
});
