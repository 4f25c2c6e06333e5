/**
 * The letter request's limits, in a module without zod so that form steps can show them without
 * loading the schema library on first load.
 */

/** The first day LinkedIn trained on members' data: no objection predates it. */
export const EARLIEST_LETTER_DATE = "2025-11-03";
export const NAME_MAX = 100;
export const EMAIL_MAX = 254;
export const URL_MAX = 300;
export const LINE_MAX = 100;
export const ADDRESS_LINES_MAX = 4;
export const SITUATION_TEXT_MAX = 2000;
/** Pages on linkedin.com a non-member may list as mentioning them. */
export const MENTIONS_MAX = 10;
