import type { LedgerCloudEvent } from '@app/feed';

/**
 * Server-Sent Events framing (HTML Living Standard, "Server-sent events"). Every event is one
 * CloudEvent in JSON on one `data:` line (JSON.stringify never emits a newline), with its feed
 * sequence as `id:` so that a reconnecting client's Last-Event-ID is its cursor. No `event:`
 * field: feed events arrive as ordinary `message` events.
 */
export function eventFrame(event: LedgerCloudEvent): string {
  return `id: ${event.sequence}\ndata: ${JSON.stringify(event)}\n\n`;
}

/**
 * An id with no data moves the client's Last-Event-ID without dispatching anything: a filtered
 * stream says how far it has looked, so a reconnect does not rescan what the filter skipped.
 */
export function progressFrame(sequence: string): string {
  return `id: ${sequence}\n\n`;
}

export function commentFrame(text: string): string {
  return `: ${text.replace(/\n/g, ' ')}\n\n`;
}

export function retryFrame(ms: number): string {
  return `retry: ${ms}\n\n`;
}

/** A named `feed-error` event carrying a problem document (RFC 9457 members). */
export function errorFrame(problem: Record<string, unknown>): string {
  return `event: feed-error\ndata: ${JSON.stringify(problem)}\n\n`;
}
