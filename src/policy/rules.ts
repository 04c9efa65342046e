import { PLATFORMS, type Platform, type RuleKey } from '../core/vocabulary';
import type { PlatformRules, Rule, Settings } from './schema';

/**
 * Which rule holds for an action on a site: the site's exception when there is
 * one, else the rule for every site. Pure and free of zod (content scripts use it).
 */
export function effectiveRule(settings: Pick<Settings, 'rules' | 'platformRules'>, platform: Platform, key: RuleKey): Rule {
  return settings.platformRules[platform]?.[key] ?? settings.rules[key];
}

/** The exception for an action on a site, or null when the rule for every site holds there. */
export function exceptionOf(settings: Pick<Settings, 'platformRules'>, platform: Platform, key: RuleKey): Rule | null {
  return settings.platformRules[platform]?.[key] ?? null;
}

/**
 * The exceptions with one set (a rule) or removed (null). A site left without
 * exceptions is dropped, so "no exceptions" has one shape: `{}`. Returns new
 * objects; the input is not changed.
 */
export function withException(platformRules: PlatformRules, platform: Platform, key: RuleKey, rule: Rule | null): PlatformRules {
  const site = { ...(platformRules[platform] ?? {}) };
  if (rule) site[key] = { level: rule.level, scope: rule.scope };
  else delete site[key];
  const next: PlatformRules = {};
  for (const p of PLATFORMS) {
    const rules = p === platform ? site : platformRules[p];
    if (rules && Object.keys(rules).length) next[p] = rules;
  }
  return next;
}

/** The sites with an exception for this action, in PLATFORMS order. */
export function sitesWithException(settings: Pick<Settings, 'platformRules'>, key: RuleKey): Platform[] {
  return PLATFORMS.filter((p) => settings.platformRules[p]?.[key] !== undefined);
}
