/**
 * The follow-up's fixed numbers, in a module that imports nothing: the result and dossier pages read them
 * without loading the documents' builder and its wording.
 */

/** Days a reminder or a reply gives LinkedIn to answer (a reminder gives 14 days before a complaint). */
export const REMINDER_DAYS = 14;

/** Forms (LinkedIn's, most authorities') take short texts: the short version stays within 1,000 characters. */
export const SHORT_MAX = 1000;
