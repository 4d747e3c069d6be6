import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { CONTRACT_000_TERMS, streamIdFor } from '@app/domain';
import { EventStore, createPostgresEventStore } from '@app/event-store';
import { rebuildProjections } from '@app/projections';
import { ALL_PROJECTIONS } from '@app/read-models';
import { hashApiKey } from '../../../apps/api/src/common/auth/api-key-hash';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';
import { startService, type ServiceProcess } from './service-process';

/**
 * The deployment shape of README "Scaling out": two api processes (RUN_PROJECTOR=false) and two
 * projector processes on one PostgreSQL, under concurrent writers (several contracts, an
 * Idempotency-Key on every command, retried on the other api after a failure, some sent twice
 * on purpose). Mid-run one api and the leading projector are killed -9, and a projector is
 * started again. Then: every acknowledged command's events are in the store exactly once, each
 * idempotency key had one effect, the read models equal a clean rebuild row by row, and no
 * projection batch was applied twice (one projector led at a time; the checkpoints' applied
 * counts equal the rebuild's). Bounded by waiting for conditions, not by timing.
 */
const KEY = 'scale-out-operator-key';
const WRITERS = 8;
const CONTRACTS = 4;
const COMMANDS_PER_WRITER = 20;
const KILL_AFTER = 50; // acknowledged commands before the kills

interface Answer {
  status: number;
  body: Record<string, unknown>;
  replayed: boolean;
}

describe('scale-out: two api and two projector processes on one PostgreSQL', () => {
  let db: TestDatabase;
  let pool: Pool;
  let store: EventStore;
  const services: ServiceProcess[] = [];

  const env = (extra: Record<string, string>) => ({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    LOG_LEVEL: 'info',
    SEED_ON_START: 'false',
    API_KEYS: JSON.stringify([{ name: 'scale-desk', roles: ['admin'], sha256: hashApiKey(KEY) }]),
    ...extra,
  });
  const api = async (name: string) => {
    const service = startService(
      name,
      'apps/api/src/main.ts',
      env({ PORT: '0', RUN_PROJECTOR: 'false' }),
    );
    services.push(service);
    const line = await service.waitFor((l) => /listening on http/.test(String(l.msg)));
    return { service, url: /(http:\/\/[\d.:]+)/.exec(String(line.msg))![1] };
  };
  const projector = (name: string) => {
    const service = startService(name, 'apps/projector/src/main.ts', env({}));
    services.push(service);
    return service;
  };
  const leads = (l: Record<string, unknown>) =>
    l.context === 'Projector' && l.msg === 'leading: applying the projections';

  beforeAll(async () => {
    db = await createTestDatabase('scale_out');
    pool = new Pool({ connectionString: db.url, max: 4 });
    pool.on('error', () => undefined); // DROP DATABASE … WITH (FORCE) at the end
  });

  afterAll(async () => {
    for (const s of services) s.kill('SIGKILL');
    await Promise.all(services.map((s) => s.exited));
    await store?.close();
    await pool?.end();
    await db?.drop();
  });

  it('loses, repeats and projects twice nothing when an api and the leading projector are killed -9', async () => {
    // The first api migrates the schema; the rest start together.
    const first = await api('api-1');
    const [second, p1, p2] = await Promise.all([
      api('api-2'),
      Promise.resolve(projector('projector-1')),
      Promise.resolve(projector('projector-2')),
    ]);
    await Promise.race([p1.waitFor(leads), p2.waitFor(leads)]);
    store = await createPostgresEventStore({ url: db.url });

    const started = Date.now();
    const retried = { lostConnection: 0, inProgress: 0, unavailable: 0 };
    const apis = [first, second];
    const dead = new Set<string>();
    const send = async (
      method: string,
      path: string,
      body: unknown,
      key: string,
      prefer: number,
    ): Promise<Answer> => {
      const deadline = Date.now() + 45_000;
      for (let attempt = 0; Date.now() < deadline; attempt++) {
        const target = apis[(prefer + attempt) % apis.length];
        if (dead.has(target.url)) continue;
        try {
          const res = await fetch(`${target.url}${path}`, {
            method,
            headers: {
              authorization: `Bearer ${KEY}`,
              'content-type': 'application/json',
              'idempotency-key': key,
            },
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(20_000),
          });
          const answer = {
            status: res.status,
            body: (await res.json()) as Record<string, unknown>,
            replayed: res.headers.get('idempotent-replayed') === 'true',
          };
          // A claim still running elsewhere, or overload: the outcome is not known yet.
          if (answer.status === 409 && answer.body.code === 'IDEMPOTENCY_KEY_IN_PROGRESS') {
            retried.inProgress++;
            await sleep(50);
            continue;
          }
          if (answer.status === 503) {
            retried.unavailable++;
            await sleep(50);
            continue;
          }
          return answer;
        } catch {
          retried.lostConnection++;
          await sleep(20); // connection refused or reset: the process died; try the other
        }
      }
      throw new Error(`no answer for ${method} ${path} (${key})`);
    };

    const contracts = Array.from({ length: CONTRACTS }, () => `scale-${randomUUID()}`);
    for (const [i, id] of contracts.entries()) {
      const signed = await send(
        'PUT',
        `/contracts/${id}`,
        { terms: CONTRACT_000_TERMS },
        randomUUID(),
        i,
      );
      expect(signed.status).toBe(201);
    }

    const acknowledged = new Map<string, { contractId: string; noticeId: string }>();
    const unexpected: string[] = [];
    let replays = 0;
    const writer = async (w: number) => {
      const contractId = contracts[w % CONTRACTS];
      for (let i = 0; i < COMMANDS_PER_WRITER; i++) {
        const key = randomUUID();
        const noticeId = `n-${w}-${i}`;
        const path = `/contracts/${contractId}/breach-notices`;
        const body = { occurredAt: '2022-06-01', noticeId, by: 'client', breach: '服务不达标' };
        const answer = await send('POST', path, body, key, w + i);
        if (answer.status !== 201 && answer.status !== 200) {
          unexpected.push(`${noticeId}: ${answer.status} ${String(answer.body.code)}`);
          continue;
        }
        acknowledged.set(key, { contractId, noticeId });
        if (i % 4 === 0) {
          // The same key again, through the other api: the stored answer, not a second effect.
          const again = await send('POST', path, body, key, w + i + 1);
          if (again.status !== answer.status || !again.replayed)
            unexpected.push(`${noticeId} resent: ${again.status} replayed=${again.replayed}`);
          else replays++;
        }
      }
    };

    const running = Array.from({ length: WRITERS }, (_, w) => writer(w));
    // Mid-run: kill -9 one api and the leading projector, then start a projector again.
    for (let i = 0; i < 3_000 && acknowledged.size < KILL_AFTER; i++) await sleep(10);
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    const leader = p1.lines.some(leads) ? p1 : p2;
    const standby = leader === p1 ? p2 : p1;
    dead.add(first.url);
    first.service.kill('SIGKILL');
    leader.kill('SIGKILL');
    const killedAt = acknowledged.size;
    await standby.waitFor(leads); // takes over from the checkpoints
    const p3 = projector('projector-3');
    await p3.waitFor(
      (l) => l.context === 'Projector' && /running \d+ projection/.test(String(l.msg)),
    );
    await Promise.all(running);
    const loadMs = Date.now() - started;
    await first.service.exited;
    await leader.exited;

    expect(unexpected).toEqual([]);
    expect(killedAt).toBeLessThan(WRITERS * COMMANDS_PER_WRITER);
    expect(acknowledged.size).toBe(WRITERS * COMMANDS_PER_WRITER);

    // 0 events lost or duplicated: each stream holds exactly the acknowledged notices, once.
    for (const contractId of contracts) {
      const events = await store.readStream(streamIdFor(contractId));
      expect(events[0].type).toBe('ContractSigned');
      const recorded = events.slice(1).map((e) => (e.data as { noticeId: string }).noticeId);
      const expected = [...acknowledged.values()]
        .filter((a) => a.contractId === contractId)
        .map((a) => a.noticeId);
      expect(recorded.sort()).toEqual(expected.sort());
    }
    // Each idempotency key: one completed record, one effect (above), replays answered from it.
    const { rows: keys } = await pool.query<{ key: string; status: number }>(
      'SELECT key, status FROM idempotency_keys WHERE completed_at IS NOT NULL',
    );
    const completed = new Map(keys.map((k) => [k.key, k.status]));
    for (const key of acknowledged.keys()) expect([200, 201]).toContain(completed.get(key));
    expect(replays).toBe(WRITERS * (COMMANDS_PER_WRITER / 4));

    // The projectors catch up by themselves; then they stop and the read models are compared.
    const head = (await store.headPosition())!;
    const names = ALL_PROJECTIONS.map((p) => p.name);
    for (let i = 0; i < 3_000; i++) {
      const { rows } = await pool.query<{ behind: string }>(
        'SELECT count(*)::text AS behind FROM projection_checkpoints WHERE name = ANY($1) AND position >= $2',
        [names, head.toString()],
      );
      if (Number(rows[0].behind) === names.length) break;
      await sleep(20);
    }
    for (const s of [standby, p3, second.service]) s.kill('SIGTERM');
    expect(await Promise.all([standby.exited, p3.exited, second.service.exited])).toEqual([
      0, 0, 0,
    ]);

    // The projectors' work was not done twice: one led at a time (the restarted one never led),
    // no batch was redone because another runner had moved a checkpoint.
    const projectorLines = [p1, p2, p3]
      .flatMap((p) => p.lines.map((l): Record<string, unknown> => ({ ...l, p: p.name })))
      .sort((a, b) => String(a.time).localeCompare(String(b.time)));
    expect(projectorLines.filter(leads).map((l) => l.p)).toEqual([leader.name, standby.name]);
    expect(projectorLines.filter((l) => /redone/.test(String(l.msg)))).toEqual([]);
    for (const s of [first.service, second.service])
      expect(
        s.lines.filter((l) => l.context === 'Projector' && /leading/.test(String(l.msg))),
      ).toEqual([]);

    const live = await dump(pool);
    const liveCheckpoints = await checkpoints(pool, names);
    expect(liveCheckpoints.every((c) => c.position === head.toString())).toBe(true);
    await rebuildProjections(store, pool, ALL_PROJECTIONS);
    const rebuilt = await dump(pool);
    for (const [table, rows] of Object.entries(live)) {
      expect(rows.length).toBeGreaterThan(0);
      expect(rebuilt[table]).toEqual(rows); // row by row, every column
    }
    // Applied counts after a crash and a takeover equal those of one clean pass.
    expect(await checkpoints(pool, names)).toEqual(liveCheckpoints);
    // SCALE_REPORT=1 prints the figures (the note quotes them).
    if (process.env.SCALE_REPORT)
      process.stdout.write(
        `${JSON.stringify({ commands: acknowledged.size, replays, killedAt, retried, loadMs, events: head.toString(), rows: Object.values(live).reduce((n, r) => n + r.length, 0) })}\n`,
      );
  }, 120_000);
});

/** Every read-model table, ordered by its key, each row with every column as PostgreSQL gives it. */
async function dump(pool: Pool): Promise<Record<string, Record<string, unknown>[]>> {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const p of ALL_PROJECTIONS)
    tables[p.table] = (await pool.query(`SELECT * FROM ${p.table} ORDER BY ${p.key}`)).rows;
  return tables;
}

async function checkpoints(pool: Pool, names: string[]) {
  const { rows } = await pool.query<{ name: string; position: string; applied: string }>(
    `SELECT name, position::text AS position, events_applied::text AS applied
       FROM projection_checkpoints WHERE name = ANY($1) ORDER BY name`,
    [names],
  );
  return rows;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
