/** Elements of the batched array serialised per chunk by default. */
const ELEMENTS_PER_CHUNK = 256;

/** Elements of an array as JSON, a few hundred per chunk, each chunk the elements joined by commas. */
export type ElementChunks = (elements: readonly unknown[]) => Buffer[];

const inBatches: ElementChunks = (elements) => {
  const chunks: Buffer[] = [];
  for (let i = 0; i < elements.length; i += ELEMENTS_PER_CHUNK) {
    const batch = elements.slice(i, i + ELEMENTS_PER_CHUNK);
    chunks.push(Buffer.from(JSON.stringify(batch).slice(1, -1), 'utf8'));
  }
  return chunks;
};

const COMMA = Buffer.from(',');

/**
 * The UTF-8 bytes of JSON.stringify(value), as chunks: the members of `value` in their order,
 * the array member `batched` a few hundred elements at a time. One string of a large answer
 * (the timeline of a 10,000-event contract: 7.7 MB) is stored by V8 as two bytes per character
 * as soon as it holds one Chinese character, and encoding it to UTF-8 as a whole cost as much
 * as the stringify itself (bench:timeline); small chunks stay one-byte except where the text is
 * Chinese. Same bytes as Buffer.from(JSON.stringify(value)) (json-chunks.spec.ts). `elements`
 * writes the batched array's elements (in batches by default; a cache of their bytes, as the
 * timeline keeps).
 */
export function jsonChunks(
  value: object,
  batched: string,
  elements: ElementChunks = inBatches,
): Buffer[] {
  const chunks: Buffer[] = [];
  let text = '{';
  let first = true;
  for (const [name, member] of Object.entries(value) as [string, unknown][]) {
    const batch = name === batched && Array.isArray(member);
    const json = batch ? '' : JSON.stringify(member);
    if (json === undefined) continue; // undefined, a function, a symbol: not written
    text += `${first ? '' : ','}${JSON.stringify(name)}:`;
    first = false;
    if (!batch) {
      text += json;
      continue;
    }
    chunks.push(Buffer.from(`${text}[`, 'utf8'));
    elements(member as unknown[]).forEach((chunk, i) => {
      if (i > 0) chunks.push(COMMA);
      chunks.push(chunk);
    });
    text = ']';
  }
  chunks.push(Buffer.from(`${text}}`, 'utf8'));
  return chunks;
}
