import type { FieldError } from '../errors/problem-details';

/**
 * Members class-transformer silently drops (it will not copy them onto a DTO instance), so the
 * whitelist check never sees them; they are refused here like any other unknown member.
 */
const DROPPED_MEMBERS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * C0 controls except tab, line feed and carriage return (which free text may contain), DEL, and
 * C1 controls: none has a meaning in a recorded fact, and U+0000 cannot be stored in jsonb at all.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Half a surrogate pair: JSON allows `\ud800`, but it is no character and cannot be stored. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Stops after this many findings: the client gets the idea, the scan stays cheap. */
const MAX_FINDINGS = 20;

/**
 * Walks a parsed JSON body (iteratively: its depth is already bounded by the body parser, but no
 * recursion means no stack to exhaust anyway) and reports, with the field path the validation
 * errors use (`terms.installments[1].note`), every string holding a control character and every
 * member class-transformer would drop.
 */
export function screenBody(body: unknown): FieldError[] {
  const findings: FieldError[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: body, path: '' }];
  while (stack.length > 0 && findings.length < MAX_FINDINGS) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem)
        findings.push({
          field: path || '(body)',
          rule: 'noControlCharacters',
          message: `${path || 'body'} ${problem}`,
        });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: `${path}[${i}]` });
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i];
        const child = path ? `${path}.${key}` : key;
        const keyProblem = textProblem(key);
        if (keyProblem) {
          findings.push({
            field: child,
            rule: 'noControlCharacters',
            message: `member name ${keyProblem}`,
          });
        } else if (DROPPED_MEMBERS.has(key)) {
          findings.push({
            field: child,
            rule: 'whitelistValidation',
            message: `property ${key} should not exist`,
          });
        } else {
          stack.push({ value: (value as Record<string, unknown>)[key], path: child });
        }
      }
    }
  }
  return findings;
}

function textProblem(text: string): string | undefined {
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return `must not contain control characters (U+${code} at ${control.index})`;
  }
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) return `must be valid Unicode (a lone surrogate at ${surrogate.index})`;
  return undefined;
}
