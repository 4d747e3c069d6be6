/** Elements of an array serialised per chunk by default. */
const ELEMENTS_PER_CHUNK = 256;

/** Elements of an array as JSON chunks, each chunk some elements joined by commas. */
export type ElementChunks = (elements: readonly unknown[]) => Buffer[];

/** A member's whole JSON as chunks, or undefined to write it as JSON.stringify does. */
export type MemberChunks = (value: unknown) => Buffer[] | undefined;

const inBatches: ElementChunks = (elements) => {
  const chunks: Buffer[] = [];
  for (let i = 0; i < elements.length; i += ELEMENTS_PER_CHUNK) {
    const batch = elements.slice(i, i + ELEMENTS_PER_CHUNK);
    chunks.push(Buffer.from(JSON.stringify(batch).slice(1, -1), 'utf8'));
  }
  return chunks;
};

const [OPEN, COMMA, CLOSE] = ['[', ',', ']'].map((c) => Buffer.from(c));

/** An array's JSON as chunks: `[`, its elements as `elements` writes them, comma-joined, `]`. */
export function arrayChunks(
  array: readonly unknown[],
  elements: ElementChunks = inBatches,
): Buffer[] {
  const chunks: Buffer[] = [OPEN];
  elements(array).forEach((chunk, i) => {
    if (i > 0) chunks.push(COMMA);
    chunks.push(chunk);
  });
  chunks.push(CLOSE);
  return chunks;
}

/**
 * The UTF-8 bytes of JSON.stringify(value), as chunks: the members of `value` in their order,
 * those named in `members` as their writer gives them (an array a few hundred elements at a
 * time: arrayChunks; bytes kept from before), the others as JSON.stringify writes them. One
 * string of a large answer (a 10,000-event timeline: 7.7 MB, an evidence export: 30 MB) is
 * stored by V8 as two bytes per character as soon as it holds one Chinese character, and
 * encoding it to UTF-8 as a whole cost as much as the stringify itself (bench:timeline,
 * bench:evidence); small chunks stay one-byte except where the text is Chinese. Same bytes as
 * Buffer.from(JSON.stringify(value)) (json-chunks.spec.ts).
 */
export function jsonChunks(value: object, members: Record<string, MemberChunks>): Buffer[] {
  const chunks: Buffer[] = [];
  let text = '{';
  let first = true;
  for (const [name, member] of Object.entries(value) as [string, unknown][]) {
    const written = Object.hasOwn(members, name) ? members[name](member) : undefined;
    const json = written ? '' : JSON.stringify(member);
    if (json === undefined) continue; // undefined, a function, a symbol: not written
    text += `${first ? '' : ','}${JSON.stringify(name)}:`;
    first = false;
    if (!written) {
      text += json;
      continue;
    }
    chunks.push(Buffer.from(text, 'utf8'));
    for (const chunk of written) chunks.push(chunk);
    text = '';
  }
  chunks.push(Buffer.from(`${text}}`, 'utf8'));
  return chunks;
}
