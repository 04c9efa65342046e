import type { ActionKind } from '../core/vocabulary';
import { CONTENT_CATEGORIES, type DraftKind, type Flag } from '../policy/content-checks/categories';
import { type CompiledChecks, checkDraft, compileChecks } from '../policy/content-checks/matcher';
import type { PhraseTable } from '../policy/content-checks/table';
import type { Settings } from '../policy/schema';
import type { GuardedAction } from './action';

/** Which composers the content checks read, and how each is read (see checkDraft). */
const DRAFT_KINDS: Partial<Record<ActionKind, DraftKind>> = {
  'review.respond': 'review',
  reply: 'reply',
  message: 'message',
  post: 'post',
};

/** The compiled phrases, rebuilt only when the tables or the therapist's content-check settings change. */
let compiled: { tables: readonly PhraseTable[]; own: Settings['contentChecks']; checks: CompiledChecks } | null = null;

/**
 * The phrases of the draft that the content checks flag, read when the draft is sent (an
 * opening step such as Reply has no draft, and flags nothing). Categories the therapist
 * turned off are left out; the therapist's own phrases are added. The stock tables come from
 * the background (see bootGuard); until they arrive only the therapist's own phrases count.
 */
export function contentFlags(action: GuardedAction, settings: Settings, tables: readonly PhraseTable[]): Flag[] {
  const kind = DRAFT_KINDS[action.kind];
  const draft = action.draft ?? '';
  if (!kind || !draft.trim()) return [];
  const own = settings.contentChecks;
  const off = new Set(CONTENT_CATEGORIES.filter((c) => !own.categories[c]));
  return checkDraft(prepareContentChecks(settings, tables), draft, kind, off);
}

/** The compiled phrases for these settings and tables; the content script calls it once they load, so the first send pays only the check. */
export function prepareContentChecks(settings: Settings, tables: readonly PhraseTable[]): CompiledChecks {
  const own = settings.contentChecks;
  if (compiled?.own !== own || compiled.tables !== tables) compiled = { tables, own, checks: compileChecks(tables, own.phrases) };
  return compiled.checks;
}
