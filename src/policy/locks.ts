import { CLAUSE_IDS, type ClauseId, PLATFORMS, type Platform, RULE_KEYS, type RuleKey } from '../core/vocabulary';
import type { Rule, Settings } from './schema';

/**
 * A practice's policy as an administrator pushed it through the browser's
 * managed storage, after validation (src/policy/managed.ts). Every part is
 * optional: what is given is set by the administrator and locked, what is not
 * stays the therapist's own. A clause may be left open (`locked: false`): it is
 * then offered to the therapist as the practice's wording, not forced.
 *
 * This file is free of zod: content scripts apply the policy with it.
 */
export interface ManagedClause {
  choice: string;
  text: string;
  locked: boolean;
}

export interface ManagedPolicy {
  /** Who manages it, as the options page names them ("Set by Harbor Counseling IT"). */
  managedBy: string;
  practice?: Partial<Settings['practice']>;
  clauses?: Partial<Record<ClauseId, ManagedClause>>;
  rules?: Partial<Record<RuleKey, Rule>>;
  platformRules?: Partial<Record<Platform, Partial<Record<RuleKey, Rule>>>>;
  platforms?: Partial<Record<Platform, boolean>>;
  reviewReplyText?: string;
  discreet?: boolean;
  logNames?: boolean;
  logRetentionDays?: number;
}

/** What the background keeps in storage.local for content scripts and pages: the usable policy and what was ignored. */
export interface ManagedState {
  policy: ManagedPolicy;
  /** One line per part of the managed policy that was invalid and is ignored, naming the field. */
  problems: string[];
}

export const DEFAULT_MANAGER = 'your administrator';

function has<T extends object>(value: T | undefined, key: PropertyKey): boolean {
  return value !== undefined && Object.hasOwn(value, key);
}

/** Whether the administrator sets this clause (a clause left open is only offered). */
export function clauseLocked(policy: ManagedPolicy | null, id: ClauseId): boolean {
  return policy?.clauses?.[id]?.locked === true;
}

/** The practice's wording offered (not forced) for a clause, if any. */
export function offeredClause(policy: ManagedPolicy | null, id: ClauseId): ManagedClause | null {
  const c = policy?.clauses?.[id];
  return c && !c.locked ? c : null;
}

/** Whether the rule of an action for every site is set by the administrator. */
export function ruleLocked(policy: ManagedPolicy | null, key: RuleKey): boolean {
  return has(policy?.rules, key);
}

/**
 * Whether the rule of an action on one site is set by the administrator: they
 * set that exception, or they set the action's rule for every site (their rule
 * then holds on every site they give no exception for, and the therapist's own
 * exceptions for that action no longer apply).
 */
export function exceptionLocked(policy: ManagedPolicy | null, platform: Platform, key: RuleKey): boolean {
  return ruleLocked(policy, key) || has(policy?.platformRules?.[platform], key);
}

export function platformLocked(policy: ManagedPolicy | null, platform: Platform): boolean {
  return has(policy?.platforms, platform);
}

export function practiceLocked(policy: ManagedPolicy | null, field: keyof Settings['practice']): boolean {
  return has(policy?.practice, field);
}

type Flag = 'reviewReplyText' | 'discreet' | 'logNames' | 'logRetentionDays';

export function settingLocked(policy: ManagedPolicy | null, field: Flag): boolean {
  return policy?.[field] !== undefined;
}

/** Whether the policy sets anything at all. */
export function managesAnything(policy: ManagedPolicy | null): boolean {
  if (!policy) return false;
  const { managedBy: _who, ...parts } = policy;
  return Object.values(parts).some((part) => part !== undefined && (typeof part !== 'object' || Object.keys(part).length > 0));
}

/**
 * The settings in force: the administrator's parts over the therapist's own
 * (managed ∪ local). Pure; returns a new object and leaves both inputs alone.
 * The therapist's values stay stored underneath, so they come back as they
 * were if the administrator stops managing a part.
 */
export function applyManaged(local: Settings, policy: ManagedPolicy | null): Settings {
  if (!policy) return local;
  const next: Settings = structuredClone(local);
  if (policy.practice) Object.assign(next.practice, policy.practice);
  for (const id of CLAUSE_IDS) {
    const c = policy.clauses?.[id];
    if (c?.locked) next.clauses[id] = { choice: c.choice, text: c.text };
  }
  for (const key of RULE_KEYS) {
    const rule = policy.rules?.[key];
    if (rule) next.rules[key] = { level: rule.level, scope: rule.scope };
  }
  const platformRules: Settings['platformRules'] = {};
  for (const p of PLATFORMS) {
    const site: Partial<Record<RuleKey, Rule>> = {};
    for (const key of RULE_KEYS) {
      const managed = policy.platformRules?.[p]?.[key];
      const own = local.platformRules[p]?.[key];
      const rule = managed ?? (ruleLocked(policy, key) ? undefined : own);
      if (rule) site[key] = { level: rule.level, scope: rule.scope };
    }
    if (Object.keys(site).length) platformRules[p] = site;
  }
  next.platformRules = platformRules;
  for (const p of PLATFORMS) {
    const on = policy.platforms?.[p];
    if (on !== undefined) next.platforms[p] = on;
  }
  if (policy.reviewReplyText !== undefined) next.reviewReplyText = policy.reviewReplyText;
  if (policy.discreet !== undefined) next.discreet = policy.discreet;
  if (policy.logNames !== undefined) next.logNames = policy.logNames;
  if (policy.logRetentionDays !== undefined) next.logRetentionDays = policy.logRetentionDays;
  return next;
}
