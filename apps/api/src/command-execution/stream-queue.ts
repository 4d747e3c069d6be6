/**
 * Runs the commands of one stream one after another in this process (other streams run in
 * parallel). Two commands on one contract would conflict anyway — the second one's expected
 * revision is stale the moment the first one commits — so queueing them costs nothing and turns
 * 16 writers on one busy contract from a storm of conflicts and retries into 16 appends. Across
 * processes the executor's retries still apply.
 */
export class StreamQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(streamId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(streamId);
    const result = previous ? previous.then(work, work) : work();
    const tail = result.catch(() => undefined);
    this.tails.set(streamId, tail);
    void tail.then(() => {
      if (this.tails.get(streamId) === tail) this.tails.delete(streamId);
    });
    return result;
  }
}
