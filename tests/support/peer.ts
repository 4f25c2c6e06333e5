import { peerHeaderName } from "@/lib/server/http/peer-header";

/**
 * The header by which the server tells route handlers a request's socket address (set by the hook in
 * instrumentation.ts under `next start`): in-process tests set it to play a client at `address`.
 */
export const fromPeer = (address: string): Record<string, string> => ({ [peerHeaderName()]: address });
