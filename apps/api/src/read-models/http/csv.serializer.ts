import { stringify } from 'csv-stringify/sync';

/** A plain number ("-1250.00", "+3"): never a formula, so it is written as it is. */
const NUMBER = /^[-+]?\d+(\.\d+)?$/;
/** What spreadsheet programs read as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would execute (`=HYPERLINK(…)`, `@SUM(…)`, `+cmd|…`) gets a leading `'`,
 * which makes it text; money like "-1250.00" stays a number. Counterparty names, memos and
 * notes come from clients, so any of them could carry a formula.
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180 CSV (csv-stringify): a header from `columns` or the first row's keys, CRLF line
 * ends, fields quoted when they need it, objects as JSON, every text cell formula-guarded.
 */
export function toCsv(rows: Record<string, unknown>[], columns?: string[]): string {
  const header = columns ?? (rows.length > 0 ? Object.keys(rows[0]) : []);
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    return guardFormula(typeof value === 'object' ? JSON.stringify(value) : String(value));
  };
  return stringify(
    rows.map((r) => header.map((c) => cell(r[c]))),
    // csv-stringify quotes a field holding the record delimiter, not a lone CR or LF: RFC 4180 wants both quoted.
    { header: true, columns: header, record_delimiter: '\r\n', quoted_match: /[\r\n]/ },
  );
}

/** `Accept: text/csv` asks for the view's table as CSV instead of JSON. */
export function wantsCsv(accept: string | undefined): boolean {
  return typeof accept === 'string' && /(^|,)\s*text\/csv\b/i.test(accept);
}

/** `Accept: text/csv; excel=true`: CSV for Excel (UTF-8 BOM, downloaded as a file). */
export function wantsExcelCsv(accept: string | undefined): boolean {
  return (
    typeof accept === 'string' && /(^|,)\s*text\/csv\s*(;[^,]*)?;\s*excel=true\b/i.test(accept)
  );
}

/** Excel reads a UTF-8 file as UTF-8 (客户 names intact) only when it starts with a BOM. */
export const UTF8_BOM = '\uFEFF';

/** The download's name from the view's path: /contracts/<id>/ledger → ledger-<id>.csv. */
export function csvFileName(path: string): string {
  const parts = path.split('?')[0].split('/').filter(Boolean).map(safe);
  if (parts[0] === 'contracts' && parts.length === 2) return `contract-${parts[1]}.csv`;
  if (parts[0] === 'contracts' && parts.length >= 3) return `${parts[2]}-${parts[1]}.csv`;
  return `${parts.join('-') || 'export'}.csv`;
}

const safe = (segment: string) => decodeURIComponentSafe(segment).replace(/[^A-Za-z0-9_-]/g, '_');

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
