import { z } from "zod";
import "@/lib/universal/schemas/zod-config";
import { SENDING_KEYS, ZPastDate, ZReference, ZSendingChannel } from "@/lib/universal/deadline/schema";
import { VALIDATION_KEYS, ZLetterRequest } from "@/lib/universal/schemas/letter-request";
import { isGermanLand } from "./german-lands";
import { FOLLOW_UP_KINDS, REPLY_CASES } from "./model";

/**
 * The body of `POST /api/v1/follow-up` and `/follow-up/text`: the identity and situation fields of the letter
 * request, the kind of document, LinkedIn's answer, and the original sending. Issue messages are keys of the
 * `Validation` message namespace. The same schema validates what the dossier page produces in the browser.
 */
export const FOLLOW_UP_KEYS = {
  ...SENDING_KEYS,
  invalid: VALIDATION_KEYS.invalid,
  landInvalid: "Validation.followUp.land",
  replyRequired: "Validation.followUp.replyRequired",
  replyForReminder: "Validation.followUp.replyForReminder",
  replyOnRequired: "Validation.followUp.replyOnRequired",
  replyBeforeSent: "Validation.followUp.replyBeforeSent",
} as const;
const K = FOLLOW_UP_KEYS;

function keyed(key: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? K.required : key) };
}

const letter = ZLetterRequest.shape;

/** A German Land as its ISO 3166-2:DE code, with or without the "DE-" prefix, any case. */
const ZLand = z
  .string(keyed(K.landInvalid))
  .trim()
  .toUpperCase()
  .transform((value) => value.replace(/^DE-/, ""))
  .refine(isGermanLand, { error: K.landInvalid });

export const ZOriginalSending = z.object(
  {
    reference: ZReference,
    sentOn: ZPastDate,
    channel: ZSendingChannel,
    receivedOn: ZPastDate.optional(),
  },
  keyed(K.required),
);

export const ZFollowUpRequest = z
  .object(
    {
      letterLocale: letter.letterLocale,
      country: letter.country,
      age: letter.age,
      account: letter.account,
      school: letter.school,
      firstName: letter.firstName,
      lastName: letter.lastName,
      email: letter.email,
      profileUrl: letter.profileUrl,
      postalAddress: letter.postalAddress,
      place: letter.place,
      date: letter.date,
      signature: letter.signature,
      guardian: letter.guardian,
      land: ZLand.optional(),
      kind: z.enum(FOLLOW_UP_KINDS, keyed(K.choice)),
      reply: z.enum(REPLY_CASES, keyed(K.choice)).default("none"),
      original: ZOriginalSending,
      replyOn: ZPastDate.optional(),
    },
    keyed(K.invalid),
  )
  .superRefine(
    (value, ctx) => {
      if (value.account !== "non-member" && !value.email)
        ctx.addIssue({ code: "custom", path: ["email"], message: VALIDATION_KEYS.emailRequired });
      if (value.age === "under-16" && !value.guardian)
        ctx.addIssue({ code: "custom", path: ["guardian"], message: VALIDATION_KEYS.guardianRequired });
      const knownReply = (REPLY_CASES as readonly unknown[]).includes(value.reply);
      if (value.kind === "reply" && value.reply === "none")
        ctx.addIssue({ code: "custom", path: ["reply"], message: K.replyRequired });
      if (value.kind === "reminder" && knownReply && value.reply !== "none" && value.reply !== "extension")
        ctx.addIssue({ code: "custom", path: ["reply"], message: K.replyForReminder });
      if (knownReply && value.reply !== "none" && !value.replyOn)
        ctx.addIssue({ code: "custom", path: ["replyOn"], message: K.replyOnRequired });
      const sentOn = value.original?.sentOn;
      if (typeof value.replyOn === "string" && typeof sentOn === "string" && value.replyOn < sentOn)
        ctx.addIssue({ code: "custom", path: ["replyOn"], message: K.replyBeforeSent });
      const receivedOn = value.original?.receivedOn;
      if (typeof receivedOn === "string" && typeof sentOn === "string" && receivedOn < sentOn)
        ctx.addIssue({ code: "custom", path: ["original", "receivedOn"], message: K.receivedBeforeSent });
    },
    {
      when: (payload) =>
        typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
    },
  );

export type TFollowUpRequestInput = z.input<typeof ZFollowUpRequest>;
export type TFollowUpRequest = z.output<typeof ZFollowUpRequest>;
