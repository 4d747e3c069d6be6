import type { Pool, PoolClient } from 'pg';
import type { GlobalPosition, RecordedEvent } from '@app/event-store';
import { checkpointsOf, lockCheckpoints, saveCheckpoints } from './checkpoints';
import { planFold, writeFold, type FoldPlan } from './fold';
import type { ProjectionTarget } from './projection';

/**
 * Moves a checkpoint from `seen` to `position` only if it still is `seen` (creating it when
 * missing), taking its row lock: the compare-and-set that makes an optimistic batch safe.
 */
async function advanceCheckpoint(
  client: PoolClient,
  name: string,
  seen: GlobalPosition | null,
  position: GlobalPosition,
  applied: number,
): Promise<boolean> {
  const { rowCount } = await client.query(
    `INSERT INTO projection_checkpoints AS c (name, position, events_applied, updated_at)
     VALUES ($1, $2, $4, now())
     ON CONFLICT (name) DO UPDATE
        SET position = EXCLUDED.position, events_applied = c.events_applied + $4, updated_at = now()
      WHERE c.position IS NOT DISTINCT FROM $3::bigint`,
    [name, position.toString(), seen === null ? null : seen.toString(), applied],
  );
  return rowCount === 1;
}

/**
 * Applies batches to ONE projection, atomically: rows and checkpoint in one transaction.
 *
 * The rows are loaded and evolved first, outside any transaction; the transaction then only
 * compares-and-sets the checkpoint and writes. So the projector holds a transaction id (which
 * delays what the store's subscribers may see) only for the short write phase, and never holds a
 * table lock while waiting for a checkpoint's lock (a rebuild swap takes the checkpoint, then the
 * tables: no deadlock). If the checkpoint moved meanwhile (another runner, a rebuild swap), the
 * batch is redone with the checkpoint locked first. A crash before COMMIT changes nothing.
 */
export class TargetApplier {
  constructor(
    private readonly pool: Pool,
    readonly target: ProjectionTarget,
    private readonly beforeCommit?: (lastPosition: GlobalPosition) => Promise<void>,
    private readonly onContention?: (checkpointName: string) => void,
  ) {}

  async apply(
    events: RecordedEvent[],
  ): Promise<{ position: GlobalPosition | null; applied: number }> {
    const name = this.target.checkpointName;
    const client = await this.pool.connect();
    let open = false;
    try {
      for (let attempt = 1; ; attempt++) {
        const locked = attempt > 1;
        if (locked) {
          await client.query('BEGIN');
          open = true;
        }
        const seen =
          (await (locked ? lockCheckpoints : checkpointsOf)(client, [name])).get(name) ?? null;
        const fresh = seen === null ? events : events.filter((e) => e.position > seen);
        if (fresh.length === 0) {
          if (open) await client.query('COMMIT');
          open = false;
          return { position: seen, applied: 0 };
        }
        const plan = await planFold(client, this.target, fresh);
        const last = fresh[fresh.length - 1].position;
        if (!locked && nothingToWrite(plan) && !this.beforeCommit) {
          // Nothing of this batch concerns the projection: just move the checkpoint.
          if (await advanceCheckpoint(client, name, seen, last, 0))
            return { position: last, applied: 0 };
          this.onContention?.(name);
          continue;
        }
        if (!locked) {
          await client.query('BEGIN');
          open = true;
          if (!(await advanceCheckpoint(client, name, seen, last, plan.applied))) {
            await client.query('ROLLBACK');
            open = false;
            this.onContention?.(name);
            continue;
          }
        } else {
          await saveCheckpoints(client, [{ name, position: last, applied: plan.applied }]);
        }
        await writeFold(client, this.target, plan);
        if (this.beforeCommit) await this.beforeCommit(last);
        await client.query('COMMIT');
        open = false;
        return { position: last, applied: plan.applied };
      }
    } catch (error) {
      if (open) await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

function nothingToWrite(plan: FoldPlan): boolean {
  return plan.inserts.length === 0 && plan.updates.length === 0 && plan.deletes.length === 0;
}
