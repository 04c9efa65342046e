import { EN } from './en';
import { ES } from './es';
import type { PhraseTable } from './table';

/** The stock phrase tables, one per language; every draft is read with all of them (a Spanish browser may send English). */
export const PHRASE_TABLES: readonly PhraseTable[] = [EN, ES];
