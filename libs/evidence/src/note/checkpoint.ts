/**
 * Transparency log checkpoints (c2sp.org/tlog-checkpoint): the body of a signed note of three
 * lines — origin, decimal tree size, base64 root hash — followed by optional extension lines. The
 * ledger adds one extension line, `time <ISO 8601 UTC>`, the moment it signed.
 */
export interface Checkpoint {
  origin: string;
  treeSize: number;
  rootHash: Buffer;
  extensions: string[];
}

export function formatCheckpoint(checkpoint: Checkpoint): string {
  if (checkpoint.origin.length === 0 || checkpoint.origin.includes('\n')) {
    throw new Error('a checkpoint origin is one non-empty line');
  }
  if (checkpoint.rootHash.length !== 32) throw new Error('a checkpoint root hash is 32 bytes');
  const lines = [
    checkpoint.origin,
    String(checkpoint.treeSize),
    checkpoint.rootHash.toString('base64'),
    ...checkpoint.extensions,
  ];
  if (lines.some((line) => line.length === 0 || line.includes('\n'))) {
    throw new Error('checkpoint lines are non-empty and single');
  }
  return `${lines.join('\n')}\n`;
}

export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw new Error('checkpoint text must end with a newline');
  const [origin, size, root, ...extensions] = text.slice(0, -1).split('\n');
  if (!origin) throw new Error('checkpoint has no origin line');
  if (
    size === undefined ||
    !/^(0|[1-9][0-9]*)$/.test(size) ||
    !Number.isSafeInteger(Number(size))
  ) {
    throw new Error(`checkpoint tree size "${size ?? ''}" is not a decimal number`);
  }
  const rootHash = Buffer.from(root ?? '', 'base64');
  if (rootHash.length !== 32 || rootHash.toString('base64') !== root) {
    throw new Error('checkpoint root hash is not 32 bytes of base64');
  }
  return { origin, treeSize: Number(size), rootHash, extensions };
}

/** The `time` extension line, or undefined. */
export function checkpointTime(checkpoint: Checkpoint): string | undefined {
  const line = checkpoint.extensions.find((l) => l.startsWith('time '));
  return line?.slice('time '.length);
}
