import {
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  Logger,
  NestInterceptor,
} from '@nestjs/common';
import { Observable, from, mergeMap } from 'rxjs';
import { EventStore } from '@app/event-store';
import { NoteSigner, signReceipt } from '@app/evidence';
import {
  databaseOutageLog,
  isDatabaseUnavailable,
} from '@app/platform/database/connection-resilience';
import { LEDGER_SIGNER } from '../signing/ledger-signer';

interface CommandResult {
  streamId: string;
  revision: number;
  position: string | null;
  eventIds: string[];
  receipt?: string;
}

function isCommandResult(body: unknown): body is CommandResult {
  const b = body as Partial<CommandResult> | null;
  return (
    typeof b === 'object' &&
    b !== null &&
    typeof b.streamId === 'string' &&
    typeof b.revision === 'number' &&
    Array.isArray(b.eventIds)
  );
}

/**
 * Adds a signed receipt to every command response (`receipt`, a C2SP signed note): stream,
 * revision, the written events' chain hashes and the stream head, signed by the ledger key. It
 * works on the response alone, so the command side needs no change; a response it cannot
 * recognise, or a receipt it cannot build, is passed through unchanged (and logged).
 */
@Injectable()
export class ReceiptInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Evidence');

  constructor(
    private readonly store: EventStore,
    @Inject(LEDGER_SIGNER) private readonly signer: NoteSigner,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const method =
      context.getType() === 'http'
        ? context.switchToHttp().getRequest<{ method: string }>().method
        : '';
    if (method !== 'POST' && method !== 'PUT') return next.handle();
    return next.handle().pipe(mergeMap((body: unknown) => from(this.withReceipt(body))));
  }

  private async withReceipt(body: unknown): Promise<unknown> {
    if (!isCommandResult(body) || body.revision < 0 || body.receipt) return body;
    try {
      const first = Math.max(0, body.revision - Math.max(body.eventIds.length, 1) + 1);
      const events = await this.store.readStream(body.streamId, { fromRevision: first });
      const head = events.find((e) => e.revision === body.revision);
      if (!head) return body;
      const written = events.filter((e) => body.eventIds.includes(e.eventId));
      return {
        ...body,
        receipt: signReceipt(
          {
            origin: this.signer.name,
            streamId: body.streamId,
            revision: body.revision,
            events: written.map((e) => ({
              revision: e.revision,
              eventId: e.eventId,
              hash: e.hash,
            })),
            streamHead: head.hash,
            position: head.position.toString(),
            issuedAt: new Date().toISOString(),
          },
          this.signer,
        ),
      };
    } catch (error) {
      // The database being away is the process's outage (one line), not one line per command.
      if (isDatabaseUnavailable(error)) databaseOutageLog.failure('receipt', error);
      else
        this.logger.warn(
          `no receipt for ${body.streamId}@${body.revision}: ${(error as Error).message}`,
        );
      return body;
    }
  }
}
