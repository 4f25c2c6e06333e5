import { z } from "zod";
import "@/lib/universal/schemas/zod-config";
import { REFERENCE_PATTERN } from "@/lib/universal/letter/reference-number";
import { EARLIEST_LETTER_DATE } from "@/lib/universal/schemas/letter-limits";
import { ZCountryCode } from "@/lib/universal/schemas/eligibility-query";
import { SENDING_CHANNELS } from "./compute-deadline";
import { isIsoDate } from "./dates";

/**
 * The sending record (reference, day and channel, real day of receipt) as `GET /api/v1/deadline` takes it in
 * its query and `POST /api/v1/follow-up` in `original`, and the dossier keeps it. Issue messages are keys of
 * the `Validation` message namespace, translated in the request's locale.
 */
export const SENDING_KEYS = {
  required: "Validation.required",
  choice: "Validation.choice",
  dateInvalid: "Validation.date.invalid",
  dateTooEarly: "Validation.date.tooEarly",
  dateInFuture: "Validation.date.inFuture",
  receivedBeforeSent: "Validation.date.receivedBeforeSent",
  referenceInvalid: "Validation.reference.invalid",
} as const;
const K = SENDING_KEYS;

function keyed(key: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? K.required : key) };
}

/** Tomorrow in UTC: a person east of Greenwich may already live on the next calendar day. */
export function latestAllowedDate(now: number = Date.now()): string {
  return new Date(now + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** A real YYYY-MM-DD day, not before LinkedIn's processing began and not in the future. */
export const ZPastDate = z
  .string(keyed(K.dateInvalid))
  .trim()
  .refine(isIsoDate, { error: K.dateInvalid, abort: true })
  .refine((value) => value >= EARLIEST_LETTER_DATE, { error: K.dateTooEarly, abort: true })
  .refine((value) => value <= latestAllowedDate(), { error: K.dateInFuture });

export const ZReference = z
  .string(keyed(K.referenceInvalid))
  .trim()
  .toUpperCase()
  .regex(REFERENCE_PATTERN, { error: K.referenceInvalid });

export const ZSendingChannel = z.enum(SENDING_CHANNELS, keyed(K.choice));

const receivedNotBeforeSent = (value: { sentOn: string; receivedOn?: string | undefined }) =>
  !value.receivedOn || value.receivedOn >= value.sentOn;

/** How and when the objection was sent, and when it arrived if the person knows. */
export const ZSending = z
  .object(
    {
      reference: ZReference.optional(),
      sentOn: ZPastDate,
      channel: ZSendingChannel,
      receivedOn: ZPastDate.optional(),
    },
    keyed(K.required),
  )
  .refine(receivedNotBeforeSent, { error: K.receivedBeforeSent, path: ["receivedOn"] });
export type TSending = z.output<typeof ZSending>;

/** The query of `GET /api/v1/deadline`. */
export const ZDeadlineQuery = z
  .object({
    country: ZCountryCode,
    sentOn: ZPastDate,
    channel: z
      .string(keyed(K.choice))
      .trim()
      .toLowerCase()
      .pipe(z.enum(SENDING_CHANNELS, { error: K.choice })),
    receivedOn: ZPastDate.optional(),
    format: z
      .string(keyed(K.choice))
      .trim()
      .toLowerCase()
      .pipe(z.enum(["json", "ics"], { error: K.choice }))
      .default("json"),
    reference: ZReference.optional(),
  })
  .refine(receivedNotBeforeSent, { error: K.receivedBeforeSent, path: ["receivedOn"] });

const QUERY_PARAMETERS = ["country", "sentOn", "channel", "receivedOn", "format", "reference"] as const;

/** URL parameters as the schema's input: a repeated parameter becomes an array, which the schema refuses. */
export function deadlineQueryInput(params: URLSearchParams): Record<string, string | string[] | undefined> {
  const input: Record<string, string | string[] | undefined> = {};
  for (const name of QUERY_PARAMETERS) {
    const values = params.getAll(name);
    input[name] = values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
  }
  return input;
}
