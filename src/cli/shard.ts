/** One share of a split input: records whose key hashes to `index` modulo `count`. */
export interface Shard {
  /** 0-based share. */
  index: number;
  count: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over the UTF-8 bytes of a string (the same value in any language). */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  const mix = (byte: number) => {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME);
  };
  for (let index = 0; index < text.length; index += 1) {
    let code = text.codePointAt(index) as number;
    if (code > 0xffff) index += 1;
    if (code < 0x80) mix(code);
    else if (code < 0x800) {
      mix(0xc0 | (code >> 6));
      mix(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      // A lone surrogate encodes as U+FFFD, as TextEncoder does.
      if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
      mix(0xe0 | (code >> 12));
      mix(0x80 | ((code >> 6) & 0x3f));
      mix(0x80 | (code & 0x3f));
    } else {
      mix(0xf0 | (code >> 18));
      mix(0x80 | ((code >> 12) & 0x3f));
      mix(0x80 | ((code >> 6) & 0x3f));
      mix(0x80 | (code & 0x3f));
    }
  }
  return hash >>> 0;
}

/** True when the record with this key belongs to the shard. */
export function inShard(shard: Shard, key: string): boolean {
  return fnv1a32(key) % shard.count === shard.index;
}

/**
 * Parses `i/n` (1-based share i of n), as `--shard` takes it. Returns undefined when malformed.
 */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return undefined;
  const share = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || share < 1 || share > count) return undefined;
  return { index: share - 1, count };
}
