import type { Person } from '../clients/types';
import type { ActionKind, Platform } from '../core/vocabulary';

/**
 * What a site adapter hands the engine: a risky action recognised from one page
 * event, described in site-independent words. Everything in it was read from
 * the page at the moment of the event.
 */
export interface GuardedAction {
  kind: ActionKind;
  platform: Platform;
  /** The visible label of the control acted on ("Confirm", "Follow Back", "Thank"). */
  control: string;
  /** The other person, read from the element acted on (card, post, comment, thread). */
  person?: Person;
  /** A follow that answers the other person's follow. */
  back?: boolean;
  /** Who will read the response, where the same control can be either (a review's public comment or a direct message). */
  audience?: 'public' | 'private';
  /** The text about to be sent, read at send time. */
  draft?: string;
  /** "open": a step that leads to a send (Reply, Comment); a Proceed here covers the send for the same person. */
  step?: 'open' | 'send';
  /** Clicked on Proceed instead of re-sending the original event (a send button, for editors that ignore synthetic keys). */
  replayTarget?: Element;
}

/** What the engine gives an adapter to look at: one page event in site-independent form. */
export type Trigger =
  /** A click, or Enter/Space on something that is not a text field. */
  | { type: 'activate'; target: Element }
  /** Enter in a text field or editor; the adapter knows which combinations send on its site. */
  | { type: 'send'; target: Element; shift: boolean; ctrlOrMeta: boolean; alt: boolean }
  /** A form being submitted. */
  | { type: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null };

/** One platform's DOM knowledge, behind the same interface for every site. */
export interface SiteAdapter {
  platform: Platform;
  recognise(trigger: Trigger, page: Document): GuardedAction | null;
  /**
   * The page languages (html[lang], "es" from "es-MX") whose labels this adapter knows. On a page in another
   * language, controls known only by their text are not recognised, and the guard must say so. Absent: the
   * adapter reads no text.
   */
  languages?: readonly string[];
  /**
   * The person's handle as the site writes it for people to read ("@maria" on X), or null where it is nothing a
   * person would know them by (a Google reviewer's account number). Absent: "@handle".
   */
  shownHandle?(handle: string): string | null;
}

/**
 * One expectation of a page of a site while its markup is still the one the adapter knows (issue 12):
 * "a friend-requests page that shows request cards has recognisable accept controls". Declared by each
 * site beside its selectors; run by src/guard/health.ts, which knows no site.
 */
export interface HealthCheck {
  /** The kind of page, as a diagnostics report names it ("friend requests"). Never a name or an address. */
  page: string;
  /** What must hold there ("accept controls recognised"). */
  expect: string;
  /**
   * The part of the page the check is about, found without the label tables (so that changed wording still
   * counts as a page of this kind), or null when the page does not show it: then the check does not apply.
   */
  region(page: Document): Element | null;
  /** True while the adapter still recognises what it must in that region. */
  holds(region: Element, page: Document): boolean;
}

/** What a site says about its own health: the checks, and what a redacted report may show as it is. */
export interface SiteHealth {
  /** The site the checks are about (a report names it). */
  platform: Platform;
  /** The site's label tables (src/sites/labels.ts). */
  labels: {
    /** The page languages they have (see unsupportedLanguage). */
    readonly languages: readonly string[];
    /** A label as a report may show it: only strings of the tables (labels can hold names). */
    known(label: string): { known: string; rest: number } | null;
  };
  /** Test ids a report may show as they are (digits are shown as #); any other test id is redacted. */
  testIds: readonly string[];
  checks: readonly HealthCheck[];
}
