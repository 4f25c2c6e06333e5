import "server-only";

export interface ApiIssue {
  path: string;
  message: string;
}

/** The API's one error shape: `{ error, message, issues? }`, JSON, never HTML or a stack trace. */
export function jsonError(
  status: number,
  code: string,
  message: string,
  init: { issues?: ApiIssue[]; headers?: HeadersInit; extra?: Record<string, unknown> } = {},
): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json; charset=utf-8");
  headers.set("Cache-Control", "no-store");
  const body = { error: code, message, ...(init.issues ? { issues: init.issues } : {}), ...init.extra };
  return new Response(JSON.stringify(body), { status, headers });
}
