import type { Mention, PersonMatch } from '../clients/matcher';
import { CLAUSE_TITLES, type ClauseId, LEVEL_RANK, type Level, RULE_CLAUSE, type RuleKey } from '../core/vocabulary';
import type { Flag } from '../policy/content-checks/categories';
import { effectiveRule } from '../policy/rules';
import type { Settings } from '../policy/schema';
import { flagWhy } from '../ui/copy';
import type { GuardedAction } from './action';

export interface Matches {
  person: PersonMatch | null;
  mentions: Mention[];
  /** Phrases of the draft that a content check flagged (src/guard/content-check.ts). */
  flags?: Flag[];
  /** The action's own rule was answered at the opening step (Reply, Comment): only what the draft says still counts. */
  covered?: boolean;
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
  /** Phrases of the draft flagged by a content check whose rule applies here (text already on the page), each with why it matters. */
  flags?: ShownFlag[];
}

export interface ShownFlag {
  text: string;
  category: Flag['category'];
  why: string;
}

/** Each phrase once, with its line of why; a review response speaks of "the reviewer". */
function shown(flags: readonly Flag[], action: GuardedAction): ShownFlag[] {
  const out: ShownFlag[] = [];
  for (const f of flags) {
    if (out.some((o) => o.text.toLowerCase() === f.text.toLowerCase())) continue;
    const why = flagWhy(f.category === 'relationship' && action.kind === 'review.respond' ? 'relationshipReview' : f.category);
    out.push({ text: f.text, category: f.category, why });
  }
  return out;
}

/** The content rules a draft's flags call for; first, so that on a tie the reminder quotes the clause about what the draft says. */
function contentRules(action: GuardedAction, flags: readonly Flag[]): RuleKey[] {
  const keys: RuleKey[] = [];
  if (flags.some((f) => f.check === 'care')) keys.push(action.kind === 'message' ? 'care.message' : 'care');
  if (flags.some((f) => f.check === 'marketing')) keys.push('marketing');
  return keys;
}

/** `unknownClients`: the list could not be read, so a draft may name a client. */
function rulesFor(action: GuardedAction, matches: Matches, unknownClients = false): RuleKey[] {
  const keys: RuleKey[] = contentRules(action, matches.flags ?? []);
  if (!matches.covered) keys.push(action.kind);
  if (action.kind === 'follow' && action.back && !matches.covered) keys.splice(keys.length - 1, 0, 'follow.back');
  // Any text that names a client is also guarded by the "post" rule, whatever carries it.
  const mayName = matches.mentions.length > 0 || (unknownClients && Boolean(action.draft));
  if (mayName && (action.kind !== 'post' || matches.covered)) keys.push('post');
  return keys;
}

/** A review response that reveals care quotes the clause on reviews; every other rule quotes its own. */
function clauseFor(key: RuleKey, action: GuardedAction): ClauseId {
  return key === 'care' && action.kind === 'review.respond' ? 'reviews' : RULE_CLAUSE[key];
}

/**
 * The whole policy decision, pure: which rule applies to this action, at which
 * level, quoting which clause. Null means let the action through untouched.
 * Each rule is the one for the action's site (its exception, else the rule for every site).
 */
export function decide(action: GuardedAction, settings: Settings, matches: Matches, clientsUnknown = false): Intervention | null {
  if (!settings.platforms[action.platform]) return null;
  // The client list could not be read: a rule for clients is treated as firing, never as passing.
  const involvesClient = clientsUnknown || matches.person !== null || matches.mentions.length > 0;
  let chosen: { key: RuleKey; level: Exclude<Level, 'off'> } | null = null;
  const applying = new Set<RuleKey>();
  for (const key of rulesFor(action, matches, clientsUnknown)) {
    const rule = effectiveRule(settings, action.platform, key);
    if (rule.level === 'off') continue;
    if (rule.scope === 'client' && !involvesClient) continue;
    applying.add(key);
    if (!chosen || LEVEL_RANK[rule.level] > LEVEL_RANK[chosen.level]) chosen = { key, level: rule.level };
  }
  if (!chosen) return null;
  const clauseId = clauseFor(chosen.key, action);
  const flags = (matches.flags ?? []).filter((f) =>
    f.check === 'marketing' ? applying.has('marketing') : applying.has('care') || applying.has('care.message'),
  );
  const client = matches.person?.certainty === 'exact' || matches.mentions.length > 0 ? 'yes' : matches.person ? 'possible' : 'no';
  return {
    level: chosen.level,
    rule: chosen.key,
    clause: { title: CLAUSE_TITLES[clauseId], text: settings.clauses[clauseId].text },
    client,
    ...(client === 'possible' && matches.person?.via === 'name' ? { sameName: true as const } : {}),
    mentions: [...new Set(matches.mentions.map((m) => m.text))],
    ...(action.kind === 'review.respond' && settings.reviewReplyText.trim() ? { suggestedReply: settings.reviewReplyText.trim() } : {}),
    ...(flags.length ? { flags: shown(flags, action) } : {}),
  };
}

/**
 * Does the decision wait for the client list? Only when a rule for clients could fire (the action names a
 * person or carries a draft) and no rule fires for everyone: such an action is decided at once.
 */
export function waitsForClients(action: GuardedAction, settings: Settings): boolean {
  if (!settings.platforms[action.platform] || (!action.person && !action.draft)) return false;
  if (decide(action, settings, { person: null, mentions: [] })) return false;
  return rulesFor(action, { person: null, mentions: [] }, true).some((key) => {
    const rule = effectiveRule(settings, action.platform, key);
    return rule.level !== 'off' && rule.scope === 'client';
  });
}
