import { EventStore } from '@app/event-store';
import { WrongExpectedRevisionError } from '@app/event-store/event-store.errors';
import type { LedgerMetrics } from './ledger-metrics';

/**
 * Times every append of this process's event store and counts its conflicts, by wrapping the
 * instance's appendToStream (the port stays free of metrics; both adapters are measured alike).
 */
export function instrumentEventStore(store: EventStore, metrics: LedgerMetrics): void {
  const append = store.appendToStream.bind(store);
  store.appendToStream = async (...args: Parameters<EventStore['appendToStream']>) => {
    const end = metrics.appendDuration.startTimer();
    try {
      const result = await append(...args);
      end({ result: 'ok' });
      return result;
    } catch (error) {
      const conflict = error instanceof WrongExpectedRevisionError;
      end({ result: conflict ? 'conflict' : 'error' });
      if (conflict) metrics.appendConflicts.inc();
      throw error;
    }
  };
}
