import type { MessageKey } from '../../core/i18n';
import { type Level, RULE_KEYS } from '../../core/vocabulary';
import { defaultSettings } from '../../policy/defaults';
import type { Settings } from '../../policy/schema';
import { canonical } from './settings-sync';

/** The setup's three presets of levels, or "keep" the levels the therapist set by hand. */
export type Firmness = 'gentle' | 'standard' | 'firm' | 'keep';

export const FIRMNESS: Array<{ id: Exclude<Firmness, 'keep'>; label: MessageKey; hint: MessageKey }> = [
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
export function firmnessOf(settings: Pick<Settings, 'rules' | 'platformRules'>): Firmness {
  if (Object.keys(settings.platformRules).length) return 'keep';
  for (const f of FIRMNESS) if (canonical(presetRules(f.id)) === canonical(settings.rules)) return f.id;
  return 'keep';
}
