import type { Mention, PersonMatch } from '../clients/matcher';
import { CLAUSE_TITLES, LEVEL_RANK, type Level, RULE_CLAUSE, type RuleKey } from '../core/vocabulary';
import { effectiveRule } from '../policy/rules';
import type { Settings } from '../policy/schema';
import type { GuardedAction } from './action';

export interface Matches {
  person: PersonMatch | null;
  mentions: Mention[];
}

export interface Intervention {
  level: Exclude<Level, 'off'>;
  rule: RuleKey;
  clause: { title: string; text: string };
  client: 'yes' | 'possible' | 'no';
  /** A possible client whose whole name is on the list (not their handle): the reminder says "same name". */
  sameName?: true;
  /** Slices of the draft that name a client (text already on the page). */
  mentions: string[];
  /** For review responses: the therapist's generic reply, if any. */
  suggestedReply?: string;
}

function rulesFor(action: GuardedAction, mentions: boolean): RuleKey[] {
  const keys: RuleKey[] = [action.kind];
  if (action.kind === 'follow' && action.back) keys.unshift('follow.back');
  // Any text that names a client is also guarded by the "post" rule, whatever carries it.
  if (mentions && action.kind !== 'post') keys.push('post');
  return keys;
}

/**
 * The whole policy decision, pure: which rule applies to this action, at which
 * level, quoting which clause. Null means let the action through untouched.
 * Each rule is the one for the action's site (its exception, else the rule for every site).
 */
export function decide(action: GuardedAction, settings: Settings, matches: Matches): Intervention | null {
  if (!settings.platforms[action.platform]) return null;
  const involvesClient = matches.person !== null || matches.mentions.length > 0;
  let chosen: { key: RuleKey; level: Exclude<Level, 'off'> } | null = null;
  for (const key of rulesFor(action, matches.mentions.length > 0)) {
    const rule = effectiveRule(settings, action.platform, key);
    if (rule.level === 'off') continue;
    if (rule.scope === 'client' && !involvesClient) continue;
    if (!chosen || LEVEL_RANK[rule.level] > LEVEL_RANK[chosen.level]) chosen = { key, level: rule.level };
  }
  if (!chosen) return null;
  const clauseId = RULE_CLAUSE[chosen.key];
  const client = matches.person?.certainty === 'exact' || matches.mentions.length > 0 ? 'yes' : matches.person ? 'possible' : 'no';
  return {
    level: chosen.level,
    rule: chosen.key,
    clause: { title: CLAUSE_TITLES[clauseId], text: settings.clauses[clauseId].text },
    client,
    ...(client === 'possible' && matches.person?.via === 'name' ? { sameName: true as const } : {}),
    mentions: [...new Set(matches.mentions.map((m) => m.text))],
    ...(action.kind === 'review.respond' && settings.reviewReplyText.trim() ? { suggestedReply: settings.reviewReplyText.trim() } : {}),
  };
}
