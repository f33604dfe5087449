// Keeps a command's output within a byte budget: the head (where the first error usually is) and
// the tail (where the summary is), with a marker where the middle was dropped.

export interface CappedOutput {
  text: string;
  truncated: boolean;
}

/** Collects chunks in arrival order, holding at most `capBytes` of them in memory. */
export class OutputCap {
  private readonly headLimit: number;
  private readonly tailLimit: number;
  private head: Buffer[] = [];
  private headBytes = 0;
  private tail: Buffer[] = [];
  private tailBytes = 0;
  private dropped = 0;

  constructor(capBytes: number) {
    const cap = Math.max(0, Math.floor(capBytes));
    this.headLimit = Math.ceil(cap / 2);
    this.tailLimit = cap - this.headLimit;
  }

  /** Adds one chunk; bytes beyond the head go to a rolling tail. */
  push(chunk: Buffer | string): void {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (this.headBytes < this.headLimit) {
      const take = Math.min(buf.length, this.headLimit - this.headBytes);
      this.head.push(buf.subarray(0, take));
      this.headBytes += take;
      buf = buf.subarray(take);
    }
    if (buf.length === 0) return;
    this.tail.push(buf);
    this.tailBytes += buf.length;
    this.trimTail();
  }

  /** The kept output, with a one-line marker where bytes were dropped. */
  result(): CappedOutput {
    const head = Buffer.concat(this.head).toString('utf8');
    const tail = Buffer.concat(this.tail).toString('utf8');
    if (this.dropped === 0) return { text: head + tail, truncated: false };
    const marker = `\n... [${this.dropped} bytes of output dropped by RIFT's output cap] ...\n`;
    return { text: head + marker + tail, truncated: true };
  }

  private trimTail(): void {
    while (this.tailBytes > this.tailLimit && this.tail.length > 0) {
      const excess = this.tailBytes - this.tailLimit;
      const first = this.tail[0];
      if (first.length <= excess) {
        this.tail.shift();
        this.tailBytes -= first.length;
        this.dropped += first.length;
      } else {
        this.tail[0] = first.subarray(excess);
        this.tailBytes -= excess;
        this.dropped += excess;
      }
    }
  }
}
