import type { Platform } from '../core/vocabulary';

/** One person on the therapist's client list. Only ever stored in the extension's own IndexedDB. */
export interface Client {
  id: string;
  name: string;
  aliases: string[];
  /** Normalised handles (see handles.ts): facebook "maria.perez" or "id:1000123", x/instagram lower-case, yelp a display name. */
  handles: Partial<Record<Platform, string>>;
}

/** The other person of an action, as read from the page. */
export interface Person {
  name?: string;
  /** Normalised the same way as Client.handles. */
  handle?: string;
}
