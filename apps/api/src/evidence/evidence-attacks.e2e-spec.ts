import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { CONTRACT_001_TERMS } from '@app/domain';
import {
  EvidenceBundle,
  Finding,
  MemoryTree,
  buildBundle,
  chainHashOf,
  formatCheckpoint,
  leafHashOf,
  signNote,
  verifyBundle,
} from '@app/evidence';
import {
  ContractApi,
  newContractId,
  startContractApi,
} from '../../../../test/e2e/contracts/contract-api';
import { seedReferenceContracts } from '../seeding';

/**
 * Attacks on a real ledger (seeded with the five reference contracts), done through SQL with the
 * append-only guards lifted (session_replication_role = replica: ordinary triggers off, in this
 * test only). Every attack must be caught by the offline verifier, naming what and where.
 */
describe('evidence exports against tampering (real PostgreSQL, real exports)', () => {
  let api: ContractApi;
  let sql: Client;
  let contracts: { key: string; contractId: string }[];
  let trustedKey: string;

  const evidence = async (contractId: string, query = ''): Promise<EvidenceBundle> => {
    const res = await api.get('legal', `/contracts/${contractId}/evidence${query}`);
    if (res.status !== 200) throw new Error(`evidence: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as EvidenceBundle;
  };
  const failures = (bundle: EvidenceBundle, options = {}): Finding[] =>
    verifyBundle(bundle, { trustedKey, ...options }).findings.filter((f) => !f.ok);
  const contract = (key: string) => contracts.find((c) => c.key === key)!.contractId;
  const stream = (contractId: string) => `contract-${contractId}`;
  /** Runs SQL with the append-only triggers of the event log and the evidence log lifted. */
  const tamper = async (text: string, params: unknown[] = []) => {
    await sql.query('SET session_replication_role = replica');
    try {
      return await sql.query(text, params);
    } finally {
      await sql.query('SET session_replication_role = DEFAULT');
    }
  };
  const signCheckpoint = async (): Promise<string> => {
    const res = await api.send('admin', 'post', '/checkpoints', {});
    expect(res.status).toBe(201);
    return res.body.note as string;
  };

  beforeAll(async () => {
    api = await startContractApi('evidence');
    const reports = await seedReferenceContracts(api.app);
    contracts = reports.map((r) => ({ key: r.key, contractId: r.contractId }));
    sql = new Client({ connectionString: api.db.url });
    await sql.connect();
    const published = await api.get(null, '/checkpoints');
    trustedKey = published.body.verifierKey;
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  it('given the seeded ledger, every contract exports evidence that verifies offline with the published key', async () => {
    expect(contracts).toHaveLength(5);
    for (const { contractId } of contracts) {
      const bundle = await evidence(contractId);
      const report = verifyBundle(bundle, { trustedKey });
      expect(report.findings.filter((f) => f.severity === 'failure')).toEqual([]);
      expect(report.ok).toBe(true);
      const stored = await api.stream(contractId);
      expect(bundle.events.map((e) => e.content.eventId)).toEqual(stored.map((e) => e.eventId));
      // Nothing of other contracts: only this stream's events, the rest are subtree hashes.
      expect(new Set(bundle.events.map((e) => e.content.streamId))).toEqual(
        new Set([stream(contractId)]),
      );
      expect(bundle.reportHtml).toContain(contractId);
    }
  });

  it('the public checkpoint list shows no secret, and checkpoints need the admin role to be signed on demand', async () => {
    const res = await api.get(null, '/checkpoints');
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toMatch(/PRIVATE|BEGIN PRIVATE KEY/);
    expect(res.body.checkpoints.length).toBeGreaterThan(0);
    expect((await api.send('legal', 'post', '/checkpoints', {})).status).toBe(403);
    expect((await api.get('finance', `/contracts/${contract('001')}/evidence`)).status).toBe(403);
    expect((await api.get('legal', '/contracts/no-such-contract/evidence')).status).toBe(404);
    expect(
      (await api.get('legal', `/contracts/${contract('001')}/evidence?since=abc`)).status,
    ).toBe(400);
  });

  it('npm run evidence:verify checks an export file offline: exit 0 when intact, 1 naming the altered revision', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evidence-'));
    const bundle = await evidence(contract('000'));
    const intact = join(dir, 'intact.json');
    writeFileSync(intact, JSON.stringify(bundle));
    const altered = join(dir, 'altered.json');
    const copy = JSON.parse(JSON.stringify(bundle)) as EvidenceBundle;
    copy.events[3].content.occurredAt = '2099-01-01';
    writeFileSync(altered, JSON.stringify(copy));
    const verify = (file: string) =>
      promisify(execFile)(
        process.execPath,
        [
          '-r',
          'ts-node/register/transpile-only',
          '-r',
          'tsconfig-paths/register',
          'scripts/evidence-verify.ts',
          file,
          '--key',
          trustedKey,
        ],
        {
          cwd: join(__dirname, '../../../..'),
          env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.json' },
        },
      ).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
      );
    const ok = await verify(intact);
    expect(ok).toMatchObject({ code: 0, stdout: expect.stringContaining('VERIFIED') });
    const bad = await verify(altered);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/\[FAIL\] chain: revision 3 /);
    expect(bad.stdout).toContain('NOT VERIFIED');
  });

  describe('one byte changed in any event field', () => {
    const mutations: { field: string; column: string; change: string }[] = [
      {
        field: 'data',
        column: 'data',
        change: `jsonb_set(data, '{occurredAt}', to_jsonb(overlay(data->>'occurredAt' placing '9' from 4 for 1)))`,
      },
      {
        field: 'metadata (actor)',
        column: 'actor',
        change: `overlay(actor placing 'X' from 1 for 1)`,
      },
      { field: 'type', column: 'type', change: `overlay(type placing 'X' from 1 for 1)` },
      {
        field: 'business time',
        column: 'occurred_at',
        change: `overlay(occurred_at placing '9' from 4 for 1)`,
      },
      { field: 'store time', column: 'recorded_at', change: `recorded_at + interval '1 second'` },
    ];
    const cases = mutations.flatMap((m) => [0, 7, 20].map((revision) => ({ ...m, revision })));

    it.each(cases)(
      '$field at revision $revision is detected at that revision',
      async ({ column, change, revision }) => {
        const contractId = contract('001');
        const before = await sql.query(
          `SELECT ${column} AS v FROM event_store.events WHERE stream_id = $1 AND revision = $2`,
          [stream(contractId), revision],
        );
        await tamper(
          `UPDATE event_store.events SET ${column} = ${change} WHERE stream_id = $1 AND revision = $2`,
          [stream(contractId), revision],
        );
        try {
          const failed = failures(await evidence(contractId));
          expect(failed.length).toBeGreaterThan(0);
          expect(failed.every((f) => f.where?.revision === revision)).toBe(true);
          // Data, metadata, type and business time break the chain; store time is only in the leaf.
          expect(failed.map((f) => f.check)).toContain('inclusion');
          if (column !== 'recorded_at') expect(failed.map((f) => f.check)).toContain('chain');
        } finally {
          await tamper(
            `UPDATE event_store.events SET ${column} = $3 WHERE stream_id = $1 AND revision = $2`,
            [stream(contractId), revision, before.rows[0].v],
          );
        }
        expect(verifyBundle(await evidence(contractId), { trustedKey }).ok).toBe(true);
      },
    );
  });

  it('an event removed in the middle is detected: the missing revision, the broken chain and the orphaned leaf', async () => {
    const contractId = contract('002');
    const saved = await sql.query(
      `SELECT * FROM event_store.events WHERE stream_id = $1 AND revision = 5`,
      [stream(contractId)],
    );
    await tamper(`DELETE FROM event_store.events WHERE stream_id = $1 AND revision = 5`, [
      stream(contractId),
    ]);
    try {
      const failed = failures(await evidence(contractId));
      expect(failed).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            check: 'revisions',
            message: expect.stringContaining('revision 5 is missing'),
          }),
          expect.objectContaining({
            check: 'absent',
            where: expect.objectContaining({ revision: 5, eventId: saved.rows[0].event_id }),
          }),
        ]),
      );
    } finally {
      const row = saved.rows[0];
      const columns = Object.keys(row);
      await tamper(
        `INSERT INTO event_store.events (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
        columns.map((c) => row[c]),
      );
    }
  });

  it('two events reordered are detected at both revisions', async () => {
    const contractId = contract('003');
    const swap = async () => {
      await tamper(
        `UPDATE event_store.events SET revision = revision + 100000 WHERE stream_id = $1 AND revision IN (2, 3)`,
        [stream(contractId)],
      );
      await tamper(
        `UPDATE event_store.events SET revision = CASE revision WHEN 100002 THEN 3 ELSE 2 END WHERE stream_id = $1 AND revision IN (100002, 100003)`,
        [stream(contractId)],
      );
    };
    await swap();
    try {
      const failed = failures(await evidence(contractId));
      expect(failed.filter((f) => f.check === 'chain').map((f) => f.where?.revision)).toEqual(
        expect.arrayContaining([2, 3]),
      );
      expect(failed.some((f) => f.check === 'revisions' && /reordered/.test(f.message))).toBe(true);
    } finally {
      await swap();
    }
    expect(verifyBundle(await evidence(contractId), { trustedKey }).ok).toBe(true);
  });

  it('a whole stream replaced by a consistent forgery signed with another key is refused with the trusted key', async () => {
    const real = await evidence(contract('004'));
    // The forger rewrites an amount, re-chains the stream, builds a tree and signs with its own key.
    const forger = {
      name: 'contract-ledger.local/evidence',
      privateKey: generateKeyPairSync('ed25519').privateKey,
    };
    let previous = '0'.repeat(64);
    const events = real.events.map((e, i) => {
      const content =
        i === 1
          ? { ...e.content, data: { ...(e.content.data as object), forged: true } }
          : e.content;
      previous = chainHashOf(previous, content);
      return {
        content,
        recordedAt: e.recordedAt,
        chainHash: previous,
        leafIndex: i,
        inclusionProof: [] as Uint8Array[],
      };
    });
    const tree = new MemoryTree();
    for (const e of events) tree.appendLeafHash(leafHashOf(e));
    for (const e of events) e.inclusionProof = tree.inclusionProof(e.leafIndex);
    const forged = buildBundle({
      manifest: { ...real.manifest, basis: { ...real.manifest.basis, treeSize: tree.size } },
      signer: forger,
      checkpoint: signNote(
        formatCheckpoint({
          origin: forger.name,
          treeSize: tree.size,
          rootHash: Buffer.from(tree.root()),
          extensions: [],
        }),
        forger,
      ),
      events,
      absent: [],
      consistency: null,
    });
    // Alone it is self-consistent (which is why the key must be pinned) …
    expect(verifyBundle(forged).ok).toBe(true);
    expect(verifyBundle(forged).findings).toContainEqual(
      expect.objectContaining({ check: 'key', severity: 'warning' }),
    );
    // … but not with the ledger's published key, nor against a checkpoint the reader holds.
    expect(failures(forged)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ check: 'key' }),
        expect.objectContaining({ check: 'checkpoint' }),
      ]),
    );
    expect(verifyBundle(forged, { heldCheckpoint: real.checkpoint }).ok).toBe(false);
  });

  it('an old checkpoint presented as current is detected against a newer checkpoint the reader holds', async () => {
    const contractId = newContractId('c001');
    await api.sign(contractId, CONTRACT_001_TERMS);
    const old = await evidence(contractId);
    await api.send('finance', 'post', `/contracts/${contractId}/bond/deposits`, {
      occurredAt: '2022-07-18',
      amount: '117350.00',
    });
    const held = await signCheckpoint();
    expect(verifyBundle(old, { trustedKey }).ok).toBe(true);
    const failed = failures(old, { heldCheckpoint: held });
    expect(failed).toEqual([
      expect.objectContaining({
        check: 'held-checkpoint',
        message: expect.stringMatching(/newer than the export's/),
      }),
    ]);
    // The current export, asked to prove consistency with what the reader holds, passes.
    const size = Number(held.split('\n')[1]);
    const current = await evidence(contractId, `?since=${size}`);
    expect(verifyBundle(current, { trustedKey, heldCheckpoint: held }).ok).toBe(true);
  });

  it('the newest events removed are detected with a receipt, and with an earlier checkpoint when the log is truncated and re-grown', async () => {
    const contractId = newContractId('c001');
    await api.sign(contractId, CONTRACT_001_TERMS);
    const deposit = await api.send('finance', 'post', `/contracts/${contractId}/bond/deposits`, {
      occurredAt: '2022-07-18',
      amount: '117350.00',
    });
    expect(deposit.status).toBe(201);
    const receipt = deposit.body.receipt as string;
    expect(receipt).toMatch(/\n\n\u2014 contract-ledger\.local\/evidence /);
    expect(verifyBundle(await evidence(contractId), { trustedKey, receipts: [receipt] }).ok).toBe(
      true,
    );
    const held = await signCheckpoint();
    const heldSize = Number(held.split('\n')[1]);

    // The insider deletes the newest event, truncates the evidence log and lets it re-grow.
    await tamper(`DELETE FROM event_store.events WHERE stream_id = $1 AND revision = 1`, [
      stream(contractId),
    ]);
    await tamper('TRUNCATE evidence.leaves, evidence.nodes');
    const truncated = failures(await evidence(contractId), {
      heldCheckpoint: held,
      receipts: [receipt],
    });
    expect(truncated).toContainEqual(
      expect.objectContaining({
        check: 'receipt',
        where: { revision: 1 },
        message: expect.stringContaining('the newest events were removed'),
      }),
    );
    expect(truncated).toContainEqual(
      expect.objectContaining({
        check: 'held-checkpoint',
        message: expect.stringMatching(/newer than the export's/),
      }),
    );

    // New contracts are recorded: the log grows past the size the reader holds, on a rewritten prefix.
    await api.sign(newContractId('c001'), CONTRACT_001_TERMS);
    await api.sign(newContractId('c001'), CONTRACT_001_TERMS);
    const regrown = failures(await evidence(contractId, `?since=${heldSize}`), {
      heldCheckpoint: held,
    });
    expect(regrown).toContainEqual(
      expect.objectContaining({
        check: 'consistency',
        message: expect.stringMatching(/is not an extension of the earlier tree of/),
      }),
    );
  });
});
