import type { Regime } from "@/lib/universal/rules/types";
import { addDays, addMonthsClamped, type IsoDate } from "./dates";
import { addWorkingDays, onOrNextWorkingDay, type HolidayCalendar } from "./holidays";

/** How the objection reached LinkedIn. */
export const SENDING_CHANNELS = ["form", "post", "email"] as const;
export type SendingChannel = (typeof SENDING_CHANNELS)[number];

/** The regimes under which LinkedIn owes an answer (`none` has no deadline). */
export type DeadlineRegime = Exclude<Regime, "none">;

/**
 * Working days a letter is assumed to take from posting to delivery when the tracking's date is not known:
 * international registered post within Europe, or to the United States, usually arrives within this time.
 * The person replaces the assumption with the real date from the tracking.
 */
export const POST_DELIVERY_WORKING_DAYS = 5;

/** Article 12A UK GDPR (time periods, stop-the-clock) is in force from this date (SI 2026/82). */
export const UK_ARTICLE_12A_FROM = "2026-02-05";
/** Section 164A DPA 2018 (complaints to the controller) is in force from this date (SI 2026/82). */
export const UK_SECTION_164A_FROM = "2026-06-19";
/** Section 164A(3): acknowledgement "within the period of 30 days beginning when the complaint is received". */
export const UK_ACKNOWLEDGEMENT_DAYS = 30;

export interface DeadlineInput {
  regime: DeadlineRegime;
  /** Day the objection was sent (form submitted, e-mail sent, letter posted). */
  sentOn: IsoDate;
  channel: SendingChannel;
  /** Real day of receipt (a tracking's delivery date); assumed from the channel when absent. */
  receivedOn?: IsoDate | null;
}

export interface Deadline {
  regime: DeadlineRegime;
  /** Day LinkedIn received the objection: the day the period runs from. */
  receivedOn: IsoDate;
  /** True when `receivedOn` is the post assumption rather than a date the person gave. */
  receiptAssumed: boolean;
  /** Last day of the one-month period, moved to a working day. */
  deadline: IsoDate;
  /** Last day if LinkedIn extends by two further months (three months from receipt), moved to a working day. */
  extendedDeadline: IsoDate;
  /** UK only, from 19 June 2026: last day to acknowledge the complaint the UK letter also makes (s. 164A). */
  acknowledgementBy?: IsoDate;
  /** Public holidays used: Ireland's for LinkedIn Ireland, England and Wales' for LinkedIn Corporation. */
  holidays: HolidayCalendar;
  /** Language-neutral legal basis, e.g. "GDPR Art. 12(3)". */
  basis: string[];
}

/** The public holidays of the controller that answers: LinkedIn Ireland or, for the UK, LinkedIn Corporation. */
export function holidayCalendarFor(regime: DeadlineRegime): HolidayCalendar {
  return regime === "uk-gdpr" ? "gb-eaw" : "ie";
}

/** Day of receipt: the same day for the form and e-mail, the tracking's date or the post assumption for post. */
export function receiptOf(input: DeadlineInput): { receivedOn: IsoDate; assumed: boolean } {
  if (input.receivedOn) return { receivedOn: input.receivedOn, assumed: false };
  if (input.channel !== "post") return { receivedOn: input.sentOn, assumed: false };
  const calendar = holidayCalendarFor(input.regime);
  return { receivedOn: addWorkingDays(input.sentOn, POST_DELIVERY_WORKING_DAYS, calendar), assumed: true };
}

/**
 * When LinkedIn must answer an objection. EU, EEA and Switzerland: one month from receipt (GDPR Art. 12(3);
 * LinkedIn Ireland is bound by it for Swiss members too, the FADP setting no period), counted as the EDPB
 * does under Regulation 1182/71: the period ends on the day of the following month with the same date as the
 * day of receipt, or that month's last day when it has no such date (Art. 3(2)(c)), and a Saturday, Sunday or
 * public holiday moves the end to the next working day (Art. 3(4)). The extension is two further months
 * (three from receipt). UK: the same month under Art. 12(3) and, from 5 February 2026, Art. 12A UK GDPR (the
 * ICO counts it the same way), and from 19 June 2026 the acknowledgement of the s. 164A complaint.
 */
export function computeDeadline(input: DeadlineInput): Deadline {
  const calendar = holidayCalendarFor(input.regime);
  const { receivedOn, assumed } = receiptOf(input);
  const deadline = onOrNextWorkingDay(addMonthsClamped(receivedOn, 1), calendar);
  const extendedDeadline = onOrNextWorkingDay(addMonthsClamped(receivedOn, 3), calendar);

  if (input.regime !== "uk-gdpr") {
    return {
      regime: input.regime,
      receivedOn,
      receiptAssumed: assumed,
      deadline,
      extendedDeadline,
      holidays: calendar,
      basis: ["GDPR Art. 12(3)", "Regulation 1182/71 Art. 3"],
    };
  }
  const basis = ["UK GDPR Art. 12(3)"];
  if (receivedOn >= UK_ARTICLE_12A_FROM) basis.push("UK GDPR Art. 12A");
  const result: Deadline = {
    regime: input.regime,
    receivedOn,
    receiptAssumed: assumed,
    deadline,
    extendedDeadline,
    holidays: calendar,
    basis,
  };
  if (receivedOn >= UK_SECTION_164A_FROM) {
    // "Beginning when the complaint is received": counted as 30 days after the day of receipt, the later of
    // the two readings, so the person is never told LinkedIn is late when it may not be.
    result.acknowledgementBy = addDays(receivedOn, UK_ACKNOWLEDGEMENT_DAYS);
    result.basis.push("DPA 2018 s. 164A");
  }
  return result;
}

/** First day a reminder or a complaint for no answer makes sense: the day after the deadline. */
export function followUpAvailableFrom(deadline: Pick<Deadline, "deadline">): IsoDate {
  return addDays(deadline.deadline, 1);
}
