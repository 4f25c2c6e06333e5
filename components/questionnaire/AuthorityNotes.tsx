"use client";

import { useTranslations } from "next-intl";
import type { Authority } from "@/lib/universal/data/authorities";
import type { AuthorityRef } from "@/lib/universal/rules/types";

/** What a person writing in English or French must know before complaining to this authority, if anything. */
export function AuthorityNotes({ authority }: { authority: AuthorityRef }) {
  const t = useTranslations("AuthorityNotes");
  const notes = (authority as Authority).notes ?? [];
  if (notes.length === 0) return null;
  return (
    <ul className="hint">
      {notes.map((note) => (
        <li key={note}>{t(note)}</li>
      ))}
    </ul>
  );
}
