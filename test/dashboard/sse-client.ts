// A minimal event-stream client for the tests, over node:http: it parses events as they arrive (id,
// event, data, and comments) and lets a test wait for the next ones, or for the end of the stream.
import { request, type IncomingMessage } from 'node:http';

export interface ReceivedEvent {
  id?: string;
  event: string;
  data: string;
}

export interface SseConnection {
  status: number;
  headers: IncomingMessage['headers'];
  /** Waits until `count` events (comments not included) have arrived in all; rejects after timeoutMs. */
  events(count: number, timeoutMs?: number): Promise<ReceivedEvent[]>;
  /** Comment lines received so far (heartbeats). */
  comments: string[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** Opens GET url with the headers; resolves once the answer's headers are in. */
export function openEventStream(url: string, headers: Record<string, string>): Promise<SseConnection> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      const received: ReceivedEvent[] = [];
      const comments: string[] = [];
      let buffer = '';
      let wake = (): void => {};
      const ended = new Promise<void>((done) => res.once('close', done));
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const parsed = parseBlock(block, comments);
          if (parsed) received.push(parsed);
        }
        wake();
      });
      res.on('error', () => {});
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        comments,
        ended,
        close: () => req.destroy(),
        events(count, timeoutMs = 5000) {
          return new Promise((done, fail) => {
            const timer = setTimeout(() => fail(new Error(`only ${received.length} of ${count} events in ${timeoutMs} ms: ${JSON.stringify(received)}`)), timeoutMs);
            const check = (): void => {
              if (received.length < count) return;
              clearTimeout(timer);
              done(received.slice(0, count));
            };
            wake = check;
            void ended.then(check);
            check();
          });
        },
      });
    });
    req.on('error', reject);
    req.end();
  });
}

// One event block: `field: value` lines; a block of comments alone is no event.
function parseBlock(block: string, comments: string[]): ReceivedEvent | null {
  const event: ReceivedEvent = { event: 'message', data: '' };
  const data: string[] = [];
  let fields = 0;
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) {
      comments.push(line.slice(1).trim());
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    fields += 1;
    if (name === 'id') event.id = value;
    else if (name === 'event') event.event = value;
    else if (name === 'data') data.push(value);
    else if (name === 'retry') fields -= 1;
  }
  if (fields === 0) return null;
  event.data = data.join('\n');
  return event;
}
