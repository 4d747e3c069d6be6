/**
 * Parsers for environment variables: each takes the raw text and returns the value or throws a
 * ConfigProblem saying what the variable must be. The caller adds the variable's name.
 */
export class ConfigProblem extends Error {}

const quote = (text: string) => JSON.stringify(text);

/** Exactly one of the listed words (case matters: `Production` is not `production`). */
export function oneOf<const T extends string>(...allowed: T[]) {
  return (text: string): T => {
    if ((allowed as string[]).includes(text)) return text as T;
    throw new ConfigProblem(`must be one of ${allowed.join(', ')} (got ${quote(text)})`);
  };
}

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];

/** true/false, 1/0, yes/no, on/off; anything else ("ture", "enabled") is refused. */
export function bool(text: string): boolean {
  const lower = text.toLowerCase();
  if (TRUE.includes(lower)) return true;
  if (FALSE.includes(lower)) return false;
  throw new ConfigProblem(`must be true or false (got ${quote(text)})`);
}

/** A whole number written plainly (no sign, exponent or decimals) within [min, max]. */
export function integerIn(min: number, max: number) {
  return (text: string): number => {
    const n = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
    if (n >= min && n <= max) return n;
    throw new ConfigProblem(`must be a whole number from ${min} to ${max} (got ${quote(text)})`);
  };
}

/** A URL with one of the given schemes and a host, e.g. `postgres://user:pw@db:5432/ledger`. */
export function urlWith(schemes: string[], example: string) {
  return (text: string): string => {
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      url = undefined;
    }
    const scheme = url?.protocol.replace(/:$/, '');
    if (url && scheme && schemes.includes(scheme) && url.hostname !== '') return text;
    throw new ConfigProblem(
      `must be a ${schemes.map((s) => `${s}://`).join(' or ')} URL such as ${example} ` +
        `(got ${quote(redactUrl(text))})`,
    );
  };
}

/** A host name, IPv4 or IPv6 address to listen on (`0.0.0.0` = every interface). */
export function host(text: string): string {
  const name =
    /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
  const ipv6 = /^[0-9A-Fa-f:.]{2,45}$/;
  if (name.test(text) || (text.includes(':') && ipv6.test(text))) return text;
  throw new ConfigProblem(`must be a host name or IP address (got ${quote(text)})`);
}

/** A file-system path (not blank). */
export function path(text: string): string {
  if (text.trim() === text && text !== '' && !text.includes('\0')) return text;
  throw new ConfigProblem(`must be a directory path (got ${quote(text)})`);
}

/** Passwords in a connection string are never echoed back into logs. */
export function redactUrl(text: string): string {
  return text.replace(/\/\/([^:/@]+):([^@/]*)@/, '//$1:***@');
}
