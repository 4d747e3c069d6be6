/**
 * RFC 8785 JSON Canonicalization Scheme: no whitespace, object members sorted by the UTF-16 code
 * units of their names, strings and numbers serialised as ECMAScript's JSON.stringify does (for
 * numbers: Number::toString, the shortest round-tripping form, -0 as 0).
 *
 * Strict where RFC 8785 is strict (§3.2.2): NaN and ±Infinity, lone surrogates, and values JSON has
 * no form for (undefined, functions, symbols, bigint) are refused rather than silently mapped. For
 * every value JSON.parse can produce this gives the same text as the event store's canonicalJson
 * (libs/event-store/src/hash-chain.ts), which is why the stream chains stored before the evidence
 * log existed verify with this function unchanged (jcs.spec.ts checks the two agree).
 */
export function canonicalize(value: unknown): string {
  try {
    return serialise(value);
  } catch (error) {
    if (error instanceof Refused) throw new CanonicalizationError(`$${error.path}`, error.reason);
    throw error;
  }
}

export class CanonicalizationError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'CanonicalizationError';
  }
}

/**
 * A refusal on its way up: each enclosing array or object prepends its step to `path` (so no
 * path is built for the values that serialise, which is nearly all of them).
 */
class Refused {
  constructor(
    readonly reason: string,
    public path = '',
  ) {}
}

function within(error: unknown, step: string): unknown {
  if (error instanceof Refused) error.path = step + error.path;
  return error;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** String#isWellFormed (ES2024) where the runtime has it: no regex scan of every string. */
const wellFormed: (s: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === 'function'
    ? (s) => (s as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (s) => !LONE_SURROGATE.test(s);

function string(value: string): string {
  if (!wellFormed(value)) throw new Refused('a string holds a lone surrogate (not Unicode text)');
  return JSON.stringify(value);
}

function serialise(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return string(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Refused(`${value} has no JSON form`);
      return Object.is(value, -0) ? '0' : String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw new Refused(`a ${typeof value} has no JSON form`);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let out = '[';
    let i = 0;
    try {
      for (; i < value.length; i++) {
        if (i > 0) out += ',';
        out += serialise(value[i]);
      }
    } catch (error) {
      throw within(error, `[${i}]`);
    }
    return `${out}]`;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) {
    throw new Refused('only plain objects are JSON objects');
  }
  const obj = value as Record<string, unknown>;
  // Array#sort without a comparator compares UTF-16 code units, exactly RFC 8785 §3.2.3.
  const keys = Object.keys(obj);
  if (keys.length > 1) keys.sort();
  let out = '{';
  let i = 0;
  try {
    for (; i < keys.length; i++) {
      if (i > 0) out += ',';
      out += `${quotedKey(keys[i])}:${serialise(obj[keys[i]])}`;
    }
  } catch (error) {
    throw within(error, `.${keys[i]}`);
  }
  return `${out}}`;
}

/** Member names repeat across events of a schema: quoted once (bounded, so data cannot grow it). */
const quotedKeys = new Map<string, string>();

function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = string(key);
    if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted);
  }
  return quoted;
}

/** canonicalize as UTF-8 bytes: what is hashed and signed. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalize(value), 'utf8');
}

/**
 * The RFC 8785 form of the JSON text JSON.stringify gives of `value` — exactly
 * canonicalize(JSON.parse(JSON.stringify(value))), what a file holding the value reads back as —
 * without writing and parsing that text: members whose value is undefined, a function or a symbol
 * are left out (null in arrays), non-finite numbers are null; a value with toJSON, or an object
 * that is not plain, is taken through JSON.stringify itself. Refuses what canonicalize refuses
 * (lone surrogates) and what JSON.stringify does (bigint). The exports hash 10,000-entry
 * timelines with it (jcs.spec.ts checks it against the round trip).
 */
export function canonicalizeJsonValue(value: unknown): string {
  const native = nativeCanonical(value);
  if (native !== undefined) return native;
  try {
    const text = serialiseJson(value, '');
    if (text === undefined) throw new Refused(`a ${typeof value} has no JSON form`);
    return text;
  } catch (error) {
    if (error instanceof Refused) throw new CanonicalizationError(`$${error.path}`, error.reason);
    throw error;
  }
}

/**
 * serialise with JSON.stringify's mapping; undefined: no JSON form (left out of an object). `key`
 * is the member name or array index the value is held under ('' at the top), which
 * JSON.stringify hands to toJSON.
 */
function serialiseJson(value: unknown, key: string): string | undefined {
  switch (typeof value) {
    case 'string':
      return string(value);
    case 'number':
      if (!Number.isFinite(value)) return 'null';
      return Object.is(value, -0) ? '0' : String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      throw new Refused('a bigint has no JSON form');
    case 'object':
      break;
  }
  if (value === null) return 'null';
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (
    typeof (value as { toJSON?: unknown }).toJSON === 'function' ||
    (prototype !== Object.prototype && prototype !== null && !Array.isArray(value))
  ) {
    // Rare (a Date, a Decimal): JSON.stringify maps it, under its own key, and the text is read back.
    const held = JSON.parse(JSON.stringify({ [key]: value })) as Record<string, unknown>;
    return Object.prototype.hasOwnProperty.call(held, key) ? serialise(held[key]) : undefined;
  }
  if (Array.isArray(value)) {
    let out = '[';
    let i = 0;
    try {
      for (; i < value.length; i++) {
        if (i > 0) out += ',';
        out += serialiseJson(value[i], String(i)) ?? 'null';
      }
    } catch (error) {
      throw within(error, `[${i}]`);
    }
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length > 1) keys.sort();
  let out = '{';
  let first = true;
  let i = 0;
  try {
    for (; i < keys.length; i++) {
      const member = serialiseJson(obj[keys[i]], keys[i]);
      if (member === undefined) continue;
      out += `${first ? '' : ','}${quotedKey(keys[i])}:${member}`;
      first = false;
    }
  } catch (error) {
    throw within(error, `.${keys[i]}`);
  }
  return `${out}}`;
}

/** The native path cannot say it the RFC 8785 way: the walk below (serialiseJson) does. */
class NotNative {}
const NOT_NATIVE = new NotNative();

/** An array index name, which JavaScript objects iterate first whatever the insertion order. */
const INDEX_NAME = /^(?:0|[1-9][0-9]*)$/;
/** JSON.stringify escapes lone surrogates (\udXXX), and only them; a hit may be a false alarm. */
const ESCAPED_SURROGATE = /\\ud[89a-f]/;

/**
 * canonicalizeJsonValue by the engine's own JSON.stringify, ~7× faster on a 7.7 MB timeline: the
 * value with each object's members in RFC 8785 order (objects already in it are reused, the others
 * copied, values with toJSON and non-plain objects first mapped by JSON.stringify) — JSON.stringify
 * writes strings and numbers exactly as RFC 8785 does and leaves out / maps to null what the round
 * trip does. undefined — leave it to the walk — for a member name an object cannot hold in that
 * order (array indexes, __proto__), a lone surrogate, a bigint, or no JSON form at all.
 */
function nativeCanonical(value: unknown): string | undefined {
  try {
    const text = JSON.stringify(inCanonicalOrder(value, ''));
    if (text === undefined || ESCAPED_SURROGATE.test(text)) return undefined;
    return text;
  } catch (error) {
    if (error instanceof NotNative || error instanceof TypeError) return undefined;
    throw error;
  }
}

/** `value` with every object's members inserted in UTF-16 order of their names. */
function inCanonicalOrder(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'bigint') throw NOT_NATIVE;
    return value;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (
    typeof (value as { toJSON?: unknown }).toJSON === 'function' ||
    (prototype !== Object.prototype && prototype !== null && !Array.isArray(value))
  ) {
    // Rare (a Date, a Decimal): mapped by JSON.stringify under its own key, then read back.
    const held = JSON.parse(JSON.stringify({ [key]: value })) as Record<string, unknown>;
    return Object.prototype.hasOwnProperty.call(held, key)
      ? inCanonicalOrder(held[key], key)
      : undefined;
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = value[i] as unknown;
      const ordered = inCanonicalOrder(item, String(i));
      if (ordered !== item && copy === null) copy = value.slice(0, i) as unknown[];
      if (copy !== null) copy.push(ordered);
    }
    return copy ?? value;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  let sorted = true;
  let changed = false;
  const members: unknown[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const name = keys[i];
    if (name === '__proto__' || INDEX_NAME.test(name)) throw NOT_NATIVE;
    if (i > 0 && !(keys[i - 1] < name)) sorted = false;
    const member = obj[name];
    const ordered = inCanonicalOrder(member, name);
    if (ordered !== member) changed = true;
    members[i] = ordered;
  }
  if (sorted && !changed) return value;
  const order = keys.map((_, i) => i);
  if (!sorted) order.sort((a, b) => (keys[a] < keys[b] ? -1 : 1));
  const copy: Record<string, unknown> = {};
  for (const i of order) copy[keys[i]] = members[i];
  return copy;
}
