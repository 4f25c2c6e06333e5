"use client";

import { useSyncExternalStore } from "react";
import { getDossier, getServerDossier, subscribeDossier } from "@/lib/client/dossier-store";
import type { TDossier } from "@/lib/universal/follow-up/dossier";

/** The dossier kept in this browser (null on the server and when there is none). */
export function useDossier(): TDossier | null {
  return useSyncExternalStore(subscribeDossier, getDossier, getServerDossier);
}
