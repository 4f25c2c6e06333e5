// Plain console output: usable by the server and by command-line scripts alike.

/** LOG_LEVEL=silent turns logs off. Read directly: logging must work even when the rest of the environment is invalid. */
const logSilenced = () => process.env.LOG_LEVEL === "silent";

type Fields = Record<string, string | number | boolean | null | string[] | undefined>;

/**
 * Structured one-line JSON logs. Callers pass event names and non-personal fields only:
 * never a request body, a name, an e-mail address, a signature or an IP address.
 */
function write(level: "info" | "warn" | "error", event: string, fields: Fields = {}): void {
  if (logSilenced()) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  (level === "error" ? console.error : console.log)(line);
}

export const log = {
  info: (event: string, fields?: Fields) => write("info", event, fields),
  warn: (event: string, fields?: Fields) => write("warn", event, fields),
  error: (event: string, fields?: Fields) => write("error", event, fields),
};
