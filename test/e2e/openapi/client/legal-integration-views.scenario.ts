import createClient from 'openapi-fetch';
import { jsonClient } from './json-client';
import type { paths } from './ledger-api.generated';

/** What the legal, integration and operations views say about one contract, as typed. */
export interface LegalIntegrationFigures {
  basis: { knownAt: string; position: string | null; computedFrom: 'projections' | 'stream' };
  timeline: {
    events: {
      type: string;
      revision: number;
      actor: string;
      received: string;
      clause: string | null;
    }[];
    derived: { kind: string; subject: string | null; outcome: string; amount: string | null }[];
  };
  obligations: {
    kind: string;
    party: string;
    status: string;
    dueDate: string;
    settledBy: number;
  }[];
  across: { listed: number; nextCursor: string | null };
  feed: { types: string[]; subjects: string[]; sequences: string[]; revisions: number[] };
  checkpoints: { origin: string; treeSizes: number[]; reasons: string[] };
  projections: { names: string[]; behind: boolean[] };
  calendar: { springFestival: number; years: number; statuses: string[] };
  schemas: { paymentRecorded: string | undefined; count: number };
}

/**
 * Reads the legal views (timeline, obligations of the contract and across contracts), the
 * integration feed, the evidence checkpoints, the projections' progress, the calendar and the
 * schema catalogue through openapi-fetch clients typed by the generated `paths`: no cast, so a
 * view whose schema is missing (`never`) or a field left out does not compile.
 */
export async function readLegalIntegrationViews(
  baseUrl: string,
  keys: { legal: string; integration: string },
  contractId: string,
  asOf: string,
  expectFeedEvents: number,
): Promise<LegalIntegrationFigures> {
  const legal = jsonClient(baseUrl, keys.legal);
  const anyone = jsonClient(baseUrl);
  const feedClient = createClient<
    paths,
    'application/cloudevents-batch+json' | 'application/problem+json'
  >({ baseUrl, headers: { Authorization: `Bearer ${keys.integration}` } });
  const ok = <T>(r: { data?: T; error?: unknown }, what: string): T => {
    if (r.data === undefined) throw new Error(`${what}: ${JSON.stringify(r.error)}`);
    return r.data;
  };
  const path = { contractId };

  const timeline = ok(
    await legal.GET('/contracts/{contractId}/timeline', { params: { path, query: { asOf } } }),
    'timeline',
  );
  const events = timeline.entries.flatMap((e) => (e.entry === 'event' ? [e] : []));
  const derived = timeline.entries.flatMap((e) => (e.entry === 'derived' ? [e] : []));
  const obligations = ok(
    await legal.GET('/contracts/{contractId}/obligations', { params: { path, query: { asOf } } }),
    'obligations',
  );
  const across = ok(
    await legal.GET('/obligations', { params: { query: { asOf, contract: contractId } } }),
    'obligations across contracts',
  );
  // The feed numbers events after they are stored (the sequencer runs apart from the append), so
  // an integration reads it until it has caught up with what it was told was written.
  const readFeed = async () =>
    ok(
      await feedClient.GET('/feed', { params: { query: { after: '0', contract: contractId } } }),
      'feed',
    );
  let feed = await readFeed();
  for (const deadline = Date.now() + 20_000; feed.length < expectFeedEvents;) {
    if (Date.now() > deadline) throw new Error(`feed lists ${feed.length} of ${expectFeedEvents}`);
    await new Promise((r) => setTimeout(r, 25));
    feed = await readFeed();
  }
  const checkpoints = ok(
    await anyone.GET('/checkpoints', { params: { query: {} } }),
    'checkpoints',
  );
  const projections = ok(await legal.GET('/projections'), 'projections');
  const calendar = ok(await legal.GET('/calendar'), 'calendar');
  const schemas = ok(await anyone.GET('/schemas/events'), 'schemas');

  return {
    basis: timeline.basis,
    timeline: {
      events: events.map((e) => ({
        type: e.type,
        revision: e.revision,
        actor: e.actor,
        received: e.money.received,
        clause: e.clause,
      })),
      derived: derived.map((d) => ({
        kind: d.kind,
        subject: d.subject,
        outcome: d.outcome,
        amount: d.amount,
      })),
    },
    obligations: obligations.obligations.map((o) => ({
      kind: o.kind,
      party: o.party,
      status: o.status,
      dueDate: o.dueDate,
      settledBy: o.settledBy.length,
    })),
    across: { listed: across.obligations.length, nextCursor: across.page.nextCursor ?? null },
    feed: {
      types: feed.map((e) => e.type),
      subjects: [...new Set(feed.map((e) => e.subject))],
      sequences: feed.map((e) => e.sequence),
      revisions: feed.map((e) => e.streamrevision),
    },
    checkpoints: {
      origin: checkpoints.origin,
      treeSizes: checkpoints.checkpoints.map((c) => c.treeSize),
      reasons: checkpoints.checkpoints.map((c) => c.reason),
    },
    projections: {
      names: projections.projections.map((p) => p.name),
      behind: projections.projections.map((p) => p.behind),
    },
    calendar: {
      springFestival: calendar.statutoryDays.springFestival,
      years: calendar.years.length,
      statuses: [...new Set(calendar.years.map((y) => y.status))].sort(),
    },
    schemas: {
      paymentRecorded: schemas.schemas.find((s) => s.domainType === 'PaymentRecorded')?.type,
      count: schemas.schemas.length,
    },
  };
}
