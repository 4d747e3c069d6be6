import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import { isLocalDate } from '../shared/local-date';
import type { JsonSchema } from './json-schema';

export interface SchemaError {
  /** JSON pointer of the offending value, e.g. "/data/amount". */
  path: string;
  /** The rule it breaks, in words: "is required", "expected string, got number", … */
  message: string;
}

/**
 * The published event schemas checked by ajv (draft 2020-12), the maintained validator every
 * consumer of the feed uses on the same documents. ajv is a pure dependency like decimal.js (it
 * compiles a schema into a function of the value: no I/O, clock or randomness), which is why the
 * purity rules allow it in libs/domain (eslint.config.mjs, test/architecture/domain-purity.spec.ts).
 * `strict` makes a schema using a keyword ajv does not know fail at compile time; `format: date`
 * is the domain's calendar date (2022-02-30 is not one); `verbose` gives each error its value.
 */
const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
ajv.addFormat('date', { type: 'string', validate: (value: string) => isLocalDate(value) });

/** Each schema object is compiled once, on first use. */
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

export function validateAgainstSchema(schema: JsonSchema, value: unknown): SchemaError[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate(value) ? [] : schemaErrors(validate.errors ?? []);
}

/**
 * ajv's errors as path + rule. A missing or unknown property is reported at its own path (ajv
 * puts it on the parent object); the branches of a failed anyOf are folded into one error.
 */
function schemaErrors(errors: ErrorObject[]): SchemaError[] {
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath);
  const inBranch = (e: ErrorObject): boolean =>
    anyOfPaths.some((p) => e.schemaPath.startsWith(`${p}/`));
  return errors
    .filter((e) => !inBranch(e))
    .map((e) => {
      if (e.keyword !== 'anyOf') return describe(e);
      const branches = errors.filter((b) => b.schemaPath.startsWith(`${e.schemaPath}/`));
      const reasons = [...new Set(branches.map((b) => describe(b).message))].join('; or ');
      return { path: e.instancePath || '/', message: `matches none of: ${reasons}` };
    });
}

function describe(e: ErrorObject): SchemaError {
  const path = e.instancePath || '/';
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return {
        path: `${e.instancePath}/${String(params.missingProperty)}`,
        message: 'is required',
      };
    case 'additionalProperties':
      return {
        path: `${e.instancePath}/${String(params.additionalProperty)}`,
        message: 'is not allowed',
      };
    case 'type':
      return {
        path,
        message: `expected ${String(params.type).replace(/,/g, ' | ')}, got ${kind(e.data)}`,
      };
    case 'const':
      return { path, message: `expected ${JSON.stringify(params.allowedValue)}` };
    case 'enum':
      return { path, message: `expected one of ${JSON.stringify(params.allowedValues)}` };
    case 'format':
      return { path, message: params.format === 'date' ? 'not a calendar date' : e.message! };
    case 'uniqueItems':
      return { path, message: 'items are not unique' };
    case 'minLength':
      return { path, message: `shorter than ${String(params.limit)}` };
    case 'minimum':
      return { path, message: `below ${String(params.limit)}` };
    case 'pattern':
      return { path, message: `does not match ${String(params.pattern)}` };
    default:
      return { path, message: `${e.keyword}: ${e.message ?? 'invalid'}` };
  }
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}
