import type { PostgresEventStore } from '@app/event-store';
import {
  PERFECT,
  feedVerdict,
  pausingStore,
  pollFeed,
  runWriters,
  spawnSequencer,
  type SequencerProcess,
} from './feed-fixtures';
import { IntegrationApp, startIntegrationApp } from './integration-app';
import { tailStream } from './sse-client';

/**
 * The feed's promise under stress: 16 writers whose transactions commit out of order, consumers
 * tailing GET /feed and GET /feed/stream meanwhile, and the sequencer killed with SIGKILL at
 * random moments — every event still appears exactly once, numbered 1…N without a hole, in the
 * store's order, each contract's events in revision order. The sequencers are child processes
 * (scripts/feed-sequencer.ts), two at a time: one leads, the other waits on the lock.
 * (bench:feed --kills 30 runs the long crash loop.)
 */
describe('gap-free feed under concurrent writers and sequencer crashes (e2e)', () => {
  let api: IntegrationApp;
  let url: string;
  let writers: PostgresEventStore;
  const sequencers: SequencerProcess[] = [];

  beforeAll(async () => {
    api = await startIntegrationApp('feedcrash', { runSequencer: false });
    url = await api.listen();
    writers = pausingStore(api.db.url, 15);
  });
  afterAll(async () => {
    for (const s of sequencers) s.child.kill('SIGKILL');
    await Promise.all(sequencers.map((s) => s.exited));
    await writers?.close();
    await api?.close();
  });

  const feedPage = async (after: string) => {
    const res = await api.get('integration', `/feed?after=${after}&limit=500`).expect(200);
    return { body: res.body, next: res.headers['feed-next-after'] as string };
  };

  it('16 writers pausing inside their transactions: 0 skipped, 0 duplicated, contiguous', async () => {
    sequencers.push(spawnSequencer(api.db.url), spawnSequencer(api.db.url));
    await Promise.race(sequencers.map((s) => s.leading));
    expect(sequencers.filter((s) => s.isLeading())).toHaveLength(1); // the other one waits

    const poller = pollFeed(feedPage);
    const tail = tailStream(url, '?after=0');
    const started = Date.now();
    const appended = await runWriters(writers, {
      writers: 16,
      streams: 24,
      until: () => Date.now() - started > 1500,
    });
    await api.caughtUp();
    await tail.until(appended);
    await poller.stop(appended);
    tail.close();

    const stored = await api.store.readAll({ limit: 1_000_000 });
    expect(stored).toHaveLength(appended);
    expect(feedVerdict(poller.items, stored)).toEqual(PERFECT(appended));
    expect(feedVerdict(tail.received.map(asItem), stored)).toEqual(PERFECT(appended));
  }, 120_000);

  it('kill -9 of the sequencer at random moments: the next one resumes, nothing skipped or repeated', async () => {
    const poller = pollFeed(feedPage);
    const tail = tailStream(url, '?after=0');
    let writing = true;
    const written = runWriters(writers, { writers: 16, streams: 24, until: () => !writing });
    let kills = 0;
    for (; kills < 5; kills++) {
      const leader = sequencers.find((s) => s.isLeading() && s.child.exitCode === null)!;
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 400));
      leader.child.kill('SIGKILL');
      await leader.exited;
      sequencers.splice(sequencers.indexOf(leader), 1);
      sequencers.push(spawnSequencer(api.db.url)); // the next standby
      await Promise.race(sequencers.map((s) => s.leading)); // the standby took over
    }
    writing = false;
    await written;
    const stored = await api.store.readAll({ limit: 1_000_000 });
    await api.caughtUp(30_000);
    await tail.until(stored.length, 30_000);
    await poller.stop(stored.length);
    tail.close();

    expect(kills).toBe(5);
    expect(feedVerdict(poller.items, stored)).toEqual(PERFECT(stored.length));
    expect(feedVerdict(tail.received.map(asItem), stored)).toEqual(PERFECT(stored.length));
  }, 180_000);
});

function asItem(r: { sequence: string; eventId: string; subject: string; revision: number }) {
  return { sequence: r.sequence, id: r.eventId, subject: r.subject, streamrevision: r.revision };
}
