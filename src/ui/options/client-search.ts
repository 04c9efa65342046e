import { normaliseName } from '../../clients/normalise';
import type { Client } from '../../clients/types';
import { locale } from '../../core/i18n';

export interface IndexedClient {
  client: Client;
  /** Name, aliases and handles folded once, so a keystroke costs one substring test per client. */
  haystack: string;
}

let collator: Intl.Collator | null = null;

/** Sorted by name (in the order of the UI's language), each with its folded search text. Built once per client-list change. */
export function indexClients(clients: readonly Client[]): IndexedClient[] {
  collator ??= new Intl.Collator(locale(), { sensitivity: 'base', numeric: true });
  const { compare } = collator;
  return [...clients]
    .sort((a, b) => compare(a.name, b.name))
    .map((client) => ({
      client,
      haystack: ` ${normaliseName([client.name, ...client.aliases, ...Object.values(client.handles)].join(' '))} `,
    }));
}

/**
 * Clients whose name, aliases or handles contain every word of the query at
 * the start of a word ("mar per" finds "María Pérez"); case, accents and
 * punctuation do not matter. An empty query matches everyone.
 */
export function searchClients(index: readonly IndexedClient[], query: string): Client[] {
  const needles = normaliseName(query)
    .split(' ')
    .filter(Boolean)
    .map((w) => ` ${w}`);
  if (needles.length === 0) return index.map((i) => i.client);
  const found: Client[] = [];
  for (const item of index) {
    if (needles.every((n) => item.haystack.includes(n))) found.push(item.client);
  }
  return found;
}
