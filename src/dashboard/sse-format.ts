// The text of server-sent events (the WHATWG event-stream format): `id:`, `event:`, one `data:` line per
// line of data, a blank line to end each event; comments keep idle connections from timing out.
import { HttpError } from './http-error.ts';

export interface SseMessage {
  /** Becomes the browser's lastEventId, sent back as Last-Event-ID when it reconnects. */
  id?: number;
  /** The event's type; absent: a plain `message`. */
  event?: string;
  data: string;
}

/** A comment line: ignored by EventSource, but it keeps proxies and the browser from closing a quiet stream. */
export const SSE_HEARTBEAT = ': heartbeat\n\n';

/** How long the browser waits before reconnecting after a dropped stream. */
export const SSE_RETRY_MS = 2000;

/** One event; a line break inside the data becomes another `data:` line, as the format requires. */
export function sseMessage(message: SseMessage): string {
  const head = [message.id === undefined ? '' : `id: ${message.id}\n`, message.event ? `event: ${message.event}\n` : ''].join('');
  const data = message.data
    .split(/\r\n|\r|\n/)
    .map((line) => `data: ${line}\n`)
    .join('');
  return `${head}${data}\n`;
}

/** The index to resume after, from a Last-Event-ID header (an event index we sent); null when absent. */
export function parseLastEventId(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return null;
  if (!/^\d{1,9}$/.test(value.trim())) throw new HttpError(400, 'Last-Event-ID: must be the index of an event this stream sent');
  return Number(value.trim());
}
