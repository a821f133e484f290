import { describe, expect, it } from "vitest";
import { decodeBatch, encodeBatch } from "../src/cli/wire";

describe("the pool's batch wire format", () => {
  it("carries each item's long string beside the header and puts it back in place", () => {
    const records = [
      { kind: "json-text", source: { line: 1 }, text: '{"title":"Go \\"backend\\" engineer"}' },
      { kind: "value", source: { index: 0 }, value: { title: "Designer", body: "Figma\n" } },
      { kind: "unreadable", source: { line: 3 }, id: null, error: { code: "x", message: "y" } },
      {
        kind: "markdown",
        source: { file: "a.md" },
        id: "a",
        text: "---\ntitle: “Ünïcode” 🚀\n---\n",
      },
      { kind: "json-text", source: { line: 5 }, text: "" },
    ];
    const decoded = decodeBatch(encodeBatch(records, "text"), "text");
    expect(decoded).toEqual(records);
  });

  it("keeps lone surrogates and newlines in the strings unchanged", () => {
    const outcomes = [
      { status: "ok", id: "1", source: {}, output: "a\ud800b\n\udfffc\r\n" },
      { status: "failed", id: null, source: {}, error: { code: "c", message: "m" } },
    ];
    expect(decodeBatch(encodeBatch(outcomes, "output"), "output")).toEqual(outcomes);
  });

  it("gives each batch a buffer of its own, so it can be transferred", () => {
    const first = encodeBatch([{ text: "short" }], "text");
    const second = encodeBatch([{ text: "short" }], "text");
    expect(first.buffer).not.toBe(second.buffer);
    expect(first.byteOffset).toBe(0);
    expect(first.byteLength).toBe(first.buffer.byteLength);
  });

  it("round-trips an empty batch", () => {
    expect(decodeBatch(encodeBatch([], "text"), "text")).toEqual([]);
  });
});
