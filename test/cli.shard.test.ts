import { describe, expect, it } from "vitest";
import { shardKey } from "../src/cli/process";
import { fnv1a32, inShard, parseShard } from "../src/cli/shard";

describe("FNV-1a hashing for --shard", () => {
  it("matches the published 32-bit FNV-1a test vectors", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a32("foobar")).toBe(0xbf9cf968);
  });

  it("hashes the UTF-8 bytes, as other languages would", () => {
    const text = "développeur-日本-😀";
    let expected = 0x811c9dc5;
    for (const byte of Buffer.from(text, "utf8")) expected = Math.imul(expected ^ byte, 0x01000193);
    expect(fnv1a32(text)).toBe(expected >>> 0);
  });

  it("puts every key in exactly one of n shards", () => {
    const shards = [0, 1, 2].map((index) => ({ index, count: 3 }));
    for (const id of ["backend-go-tidewell", "qa-automation-quillstack", "x"]) {
      expect(shards.filter((shard) => inShard(shard, id))).toHaveLength(1);
    }
  });
});

describe("--shard i/n", () => {
  it("reads a 1-based share", () => {
    expect(parseShard("1/4")).toEqual({ index: 0, count: 4 });
    expect(parseShard(" 4/4 ")).toEqual({ index: 3, count: 4 });
  });

  it("refuses shares out of range or malformed", () => {
    for (const text of ["0/4", "5/4", "1/0", "1-4", "a/b", "1/4/2"])
      expect(parseShard(text)).toBeUndefined();
  });

  it("keys a record by its id, else by its place in the input", () => {
    expect(shardKey("abc", { file: "a.jsonl", line: 3 })).toBe("abc");
    expect(shardKey(null, { file: "a.jsonl", line: 3 })).toBe("a.jsonl:3");
    expect(shardKey(null, { line: 7 })).toBe("-:7");
    expect(shardKey(null, { file: "b.json", index: 0 })).toBe("b.json:0");
  });
});
