import { Labels } from '../labels';

/**
 * Visible texts of X controls that carry no test id of their own (follower
 * requests, the Quote menu item) or whose test id does not tell the variant
 * (Follow vs Follow back). X localises them; keyed on html[lang].
 */
export const xLabels = new Labels({
  en: {
    followBack: ['Follow back', 'Follow Back'],
    /** A menu item "Follow @handle" ("Unfollow @handle" does not start with it). */
    followItem: ['Follow @'],
    accept: ['Accept'],
    decline: ['Decline'],
    quote: ['Quote'],
  },
  es: {
    // Not confirmed on a Spanish x.com page; the "Follows you" badge (a test id) tells a follow back in any language.
    followBack: ['Seguir también', 'Seguir de vuelta'],
    followItem: ['Seguir a @'],
    accept: ['Aceptar'],
    decline: ['Rechazar'],
    quote: ['Citar'],
  },
});
