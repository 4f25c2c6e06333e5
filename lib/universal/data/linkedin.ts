import type { LinkedInLinks } from "@/lib/universal/rules/types";

/**
 * LinkedIn's own pages, as linked from its European Regional Privacy Notice (3 Nov 2025 update).
 * No DPO e-mail address is published: the channels are the forms below and post.
 */
export const LINKEDIN_URLS = {
  /** Setting "Data for Generative AI Improvement" (on by default). */
  setting: "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
  /** Data Processing Objection Form, open to members and non-members. */
  objectionForm: "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
  /** Data Protection Officer contact form. */
  dpoForm: "https://www.linkedin.com/help/linkedin/ask/TSO-DPO",
  privacyPolicy: "https://www.linkedin.com/legal/privacy-policy",
  euPrivacyNotice: "https://www.linkedin.com/legal/privacy/eu",
  generativeAiFaq: "https://www.linkedin.com/help/linkedin/answer/a5538339",
} as const;

/** The three links every verdict carries (the API's `links`). */
export const LINKEDIN_LINKS: LinkedInLinks = {
  objectionForm: LINKEDIN_URLS.objectionForm,
  setting: LINKEDIN_URLS.setting,
  dpoForm: LINKEDIN_URLS.dpoForm,
};
