import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from './principal';

/**
 * Per-request values that code deep in a call chain (loggers, command handlers) needs without
 * threading them through every signature. The object is mutable on purpose: the guard adds the
 * principal after the middleware has opened the context.
 */
export interface RequestContext {
  correlationId: string;
  principal?: Principal;
}

export const requestContextStorage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return requestContextStorage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return requestContextStorage.getStore();
}

export function currentCorrelationId(): string | undefined {
  return requestContextStorage.getStore()?.correlationId;
}

/** The authenticated principal's name, for event metadata; undefined outside a request. */
export function currentActor(): string | undefined {
  return requestContextStorage.getStore()?.principal?.name;
}
