/** One line of a byte stream, decoded as UTF-8, without its line break. */
export interface StreamLine {
  /** 1-based line number. */
  line: number;
  text: string;
  /** True when the line was longer than the limit; `text` is then empty. */
  tooLong: boolean;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Splits a byte stream into lines without holding more than one line (up to `maxLineBytes`)
 * in memory. Lines are cut on bytes, so a UTF-8 character is never split across chunks.
 * `onBytes` reports each chunk's size as it is read (for progress).
 */
export async function* splitLines(
  chunks: AsyncIterable<Buffer | string>,
  maxLineBytes: number,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<StreamLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let line = 0;

  const take = (tail: Buffer): StreamLine => {
    line += 1;
    if (tooLong || pendingBytes + tail.length > maxLineBytes) {
      pending = [];
      pendingBytes = 0;
      tooLong = false;
      return { line, text: "", tooLong: true };
    }
    let bytes = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    pending = [];
    pendingBytes = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN) {
      bytes = bytes.subarray(0, bytes.length - 1);
    }
    let text = bytes.toString("utf8");
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { line, text, tooLong: false };
  };

  for await (const chunk of chunks) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    onBytes?.(buffer.length);
    let start = 0;
    for (;;) {
      const end = buffer.indexOf(NEWLINE, start);
      if (end === -1) break;
      yield take(buffer.subarray(start, end));
      start = end + 1;
    }
    if (start < buffer.length) {
      const rest = buffer.subarray(start);
      if (tooLong || pendingBytes + rest.length > maxLineBytes) {
        // Drop the bytes of an over-long line as they come instead of buffering them.
        tooLong = true;
        pending = [];
        pendingBytes = 0;
      } else {
        // Copy: the stream may reuse the chunk's memory.
        pending.push(Buffer.from(rest));
        pendingBytes += rest.length;
      }
    }
  }
  if (pendingBytes > 0 || tooLong) yield take(Buffer.alloc(0));
}
