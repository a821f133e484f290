/**
 * How batches cross between the main thread and the workers: in one transferred buffer, not
 * as cloned objects. V8 deserializes a cloned message over 100 KB straight into the old
 * generation (a batch of postings or results is several hundred KB), so every batch became
 * garbage that only a full collection frees, and the heaps grew by hundreds of megabytes while
 * streaming. Strings made from the buffer are young and die young.
 *
 * The buffer holds the length of a JSON header, that header, then one long string field of each
 * item, all as UTF-16 units: the header has the items with that field taken out (its length
 * in its place). The long strings (a posting's JSON line, a formatted result) are most of a
 * batch; copying their units costs a fraction of escaping them into JSON and transcoding that
 * to UTF-8, then back. Each string is written and read on its own: one string of a whole
 * batch would be a large object, which only a full collection frees.
 */

/** Bytes before the header: its length in UTF-16 units. */
const PREFIX_BYTES = 4;

/**
 * `items` in a buffer of its own, safe to transfer (no pooled Buffer). The string in each
 * item's `field` travels beside the JSON; items without one travel whole.
 */
export function encodeBatch(items: readonly object[], field: string): Uint8Array {
  const strings: string[] = [];
  let units = 0;
  const header = items.map((item) => {
    const value = (item as Record<string, unknown>)[field];
    if (typeof value !== "string") return item;
    strings.push(value);
    units += value.length;
    return { ...item, [field]: value.length };
  });
  const json = JSON.stringify(header);
  // Not zero-filled (every byte is written below) and not pooled (its memory is its own).
  const buffer = Buffer.allocUnsafeSlow(PREFIX_BYTES + (json.length + units) * 2);
  buffer.writeUInt32LE(json.length, 0);
  let at = PREFIX_BYTES + buffer.write(json, PREFIX_BYTES, "utf16le");
  for (const value of strings) at += buffer.write(value, at, "utf16le");
  return buffer;
}

/** The items `encodeBatch(items, field)` wrote, their `field` strings put back. */
export function decodeBatch<T extends object>(bytes: Uint8Array, field: string): T[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = PREFIX_BYTES + buffer.readUInt32LE(0) * 2;
  const items = JSON.parse(buffer.toString("utf16le", PREFIX_BYTES, at)) as T[];
  for (const item of items) {
    const fields = item as Record<string, unknown>;
    const length = fields[field];
    if (typeof length !== "number") continue;
    fields[field] = buffer.toString("utf16le", at, at + length * 2);
    at += length * 2;
  }
  return items;
}

/** What `postMessage` must transfer (not copy) for `bytes` from `encodeBatch`. */
export function transferOf(bytes: Uint8Array): ArrayBuffer[] {
  return [bytes.buffer as ArrayBuffer];
}
