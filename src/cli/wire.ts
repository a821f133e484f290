/**
 * How batches cross between the main thread and the workers: as JSON in UTF-8 bytes whose
 * buffer is transferred, not as cloned objects. V8 deserializes a cloned message over 100 KB
 * straight into the old generation (a batch of postings or results is several hundred KB), so
 * every batch became garbage that only a full collection frees, and the heaps grew by
 * hundreds of megabytes while streaming. Parsed JSON is young and dies young.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `value` as JSON bytes in a buffer of its own, safe to transfer (no pooled Buffer). */
export function encodeBatch(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

export function decodeBatch<T>(bytes: Uint8Array): T {
  return JSON.parse(decoder.decode(bytes)) as T;
}

/** What `postMessage` must transfer (not copy) for `bytes` from `encodeBatch`. */
export function transferOf(bytes: Uint8Array): ArrayBuffer[] {
  return [bytes.buffer as ArrayBuffer];
}
