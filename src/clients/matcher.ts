import type { Platform } from '../core/vocabulary';
import { normaliseName, type Token, tokenize, words } from './normalise';
import { yelpHandle } from './site-handles';
import type { Client, Person } from './types';

export type Certainty = 'exact' | 'possible';

/**
 * Only a handle or profile id is certain. A name is not: namesakes are common, so a whole-name match is
 * "possible" (via "name"), as are a name with middle names or a second surname left out (via "partial")
 * and "Sam L." (via "initial").
 */
export interface PersonMatch {
  clientId: string;
  certainty: Certainty;
  via: 'handle' | 'name' | 'partial' | 'initial';
}

/** A client's name or alias found in a draft; `text` is the slice of the draft itself. */
export interface Mention {
  clientId: string;
  text: string;
  start: number;
  end: number;
}

interface Phrase {
  rest: string[];
  clientId: string;
}

/**
 * Built once per client-list change; every query is then a handful of map
 * look-ups per word of the draft (a token-level Aho–Corasick: phrases are
 * indexed by their first word and verified forward), so checking a draft costs
 * O(words) however long the list is.
 */
export class ClientMatcher {
  private readonly phrases = new Map<string, Phrase[]>();
  private readonly handles = new Map<string, string>();
  /** First word → [the other words, client id] of full names, for "Sam L." and "Maria Perez" forms. */
  private readonly byFirstName = new Map<string, Array<[string[], string]>>();
  readonly size: number;

  constructor(clients: readonly Client[]) {
    this.size = clients.length;
    for (const client of clients) {
      // The name is tokenised once: it is both a phrase and the source of the "Sam L." index.
      const nameWords = words(client.name);
      this.addPhrase(nameWords, client.id);
      for (const alias of client.aliases) this.addPhrase(words(alias), client.id);
      const [first, ...others] = nameWords;
      if (first && others.length > 0) {
        const list = this.byFirstName.get(first) ?? [];
        list.push([others, client.id]);
        this.byFirstName.set(first, list);
      }
      for (const [platform, handle] of Object.entries(client.handles)) {
        if (handle) this.handles.set(`${platform}:${handle}`, client.id);
      }
    }
  }

  private addPhrase(phraseWords: string[], clientId: string): void {
    const [first, ...rest] = phraseWords;
    if (!first) return;
    const list = this.phrases.get(first);
    if (list) list.push({ rest, clientId });
    else this.phrases.set(first, [{ rest, clientId }]);
  }

  /** Whole-word occurrences of any client's name or alias in a text, longest first at each position. */
  findMentions(text: string): Mention[] {
    if (this.size === 0 || !text) return [];
    const tokens = tokenize(text);
    const found: Mention[] = [];
    let i = 0;
    while (i < tokens.length) {
      const hit = this.longestAt(tokens, i);
      if (hit) {
        const first = tokens[i] as Token;
        const last = tokens[i + hit.rest.length] as Token;
        found.push({ clientId: hit.clientId, text: text.slice(first.start, last.end), start: first.start, end: last.end });
        i += hit.rest.length + 1;
      } else i += 1;
    }
    return found;
  }

  private longestAt(tokens: Token[], i: number): Phrase | null {
    const candidates = this.phrases.get((tokens[i] as Token).word);
    if (!candidates) return null;
    let best: Phrase | null = null;
    for (const phrase of candidates) {
      if (best && phrase.rest.length <= best.rest.length) continue;
      if (phrase.rest.every((w, k) => tokens[i + 1 + k]?.word === w)) best = phrase;
    }
    return best;
  }

  /** Is the person on the page someone on the client list? Handle first, then name. */
  matchPerson(platform: Platform, person: Person | undefined): PersonMatch | null {
    if (!person || this.size === 0) return null;
    if (person.handle) {
      const id = this.handles.get(`${platform}:${person.handle}`);
      if (id) return { clientId: id, certainty: 'exact', via: 'handle' };
    }
    if (!person.name) return null;
    if (platform === 'yelp') {
      const asHandle = yelpHandle(person.name);
      const id = asHandle ? this.handles.get(`yelp:${asHandle}`) : undefined;
      if (id) return { clientId: id, certainty: 'exact', via: 'handle' };
    }
    const nameWords = words(person.name);
    const whole = this.findMentions(person.name).find((m) => normaliseName(m.text).split(' ').length >= Math.min(2, nameWords.length));
    if (whole) return { clientId: whole.clientId, certainty: 'possible', via: 'name' };
    return this.matchPartial(nameWords) ?? this.matchInitial(nameWords);
  }

  /**
   * "Maria Perez" for María José Pérez, "María Pérez" for María Pérez García: the same first name, then
   * some of the other words of the name in order (middle names and second surnames are often left out).
   */
  private matchPartial(nameWords: string[]): PersonMatch | null {
    const [first, ...rest] = nameWords;
    if (!first || rest.length === 0 || rest.some((w) => w.length < 2)) return null;
    const hit = this.byFirstName.get(first)?.find(([others]) => isSubsequence(rest, others));
    return hit ? { clientId: hit[1], certainty: 'possible', via: 'partial' } : null;
  }

  /** "Sam L." (Yelp, and some display names) may be Sam Lee or Sam Lopez: a possible match, never certain. */
  private matchInitial(nameWords: string[]): PersonMatch | null {
    const [first, initial] = nameWords;
    if (nameWords.length !== 2 || !first || !initial || initial.length !== 1) return null;
    const hit = this.byFirstName.get(first)?.find(([others]) => others[others.length - 1]?.startsWith(initial));
    return hit ? { clientId: hit[1], certainty: 'possible', via: 'initial' } : null;
  }
}

/** Are all of `part`'s words in `whole`, in the same order? */
function isSubsequence(part: string[], whole: string[]): boolean {
  let i = 0;
  for (const word of whole) if (word === part[i]) i++;
  return i === part.length;
}
