/**
 * How batches cross between the main thread and the workers: in one transferred buffer, not
 * as cloned objects. V8 deserializes a cloned message over 100 KB straight into the old
 * generation (a batch of postings or results is several hundred KB), so every batch became
 * garbage that only a full collection frees, and the heaps grew by hundreds of megabytes while
 * streaming. Strings made from the buffer are young and die young.
 *
 * The buffer holds UTF-16 units: a JSON header of the items with one long string field taken
 * out (its length in its place), a newline, then those strings one after another. The long
 * strings (a posting's JSON line, a formatted result) are most of a batch; copying their units
 * costs a fraction of escaping them into JSON and transcoding that to UTF-8, then back.
 */

/** Where the header ends; `JSON.stringify` never writes a raw newline. */
const HEADER_END = "\n";

/**
 * `items` in a buffer of its own, safe to transfer (no pooled Buffer). The string in each
 * item's `field` travels beside the JSON; items without one travel whole.
 */
export function encodeBatch(items: readonly object[], field: string): Uint8Array {
  const strings: string[] = [];
  const header = items.map((item) => {
    const value = (item as Record<string, unknown>)[field];
    if (typeof value !== "string") return item;
    strings.push(value);
    return { ...item, [field]: value.length };
  });
  const text = `${JSON.stringify(header)}${HEADER_END}${strings.join("")}`;
  const bytes = new Uint8Array(text.length * 2);
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).write(text, "utf16le");
  return bytes;
}

/** The items `encodeBatch(items, field)` wrote, their `field` strings put back. */
export function decodeBatch<T extends object>(bytes: Uint8Array, field: string): T[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf16le");
  const headerEnd = text.indexOf(HEADER_END);
  const items = JSON.parse(text.slice(0, headerEnd)) as T[];
  let at = headerEnd + HEADER_END.length;
  for (const item of items) {
    const fields = item as Record<string, unknown>;
    const length = fields[field];
    if (typeof length !== "number") continue;
    fields[field] = text.slice(at, at + length);
    at += length;
  }
  return items;
}

/** What `postMessage` must transfer (not copy) for `bytes` from `encodeBatch`. */
export function transferOf(bytes: Uint8Array): ArrayBuffer[] {
  return [bytes.buffer as ArrayBuffer];
}
