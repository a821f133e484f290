import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveInputs } from "../src/read/inputs";
import { type StreamLine, splitLines } from "../src/read/lines";
import { readAllRecords, readRecords } from "../src/read/sources";
import type { InputSource, RawRecord } from "../src/read/types";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

function chunks(...parts: (string | Buffer)[]): AsyncIterable<Buffer> {
  return Readable.from(parts.map((part) => (typeof part === "string" ? Buffer.from(part) : part)));
}

describe("splitting a byte stream into lines", () => {
  it("joins lines cut across chunks, drops CR before LF and keeps a last line without LF", async () => {
    const lines = await collect(splitLines(chunks('{"a":1}\r\n{"b"', ':2}\n\n{"c":3}'), 1000));
    expect(lines).toEqual<StreamLine[]>([
      { line: 1, text: '{"a":1}', tooLong: false },
      { line: 2, text: '{"b":2}', tooLong: false },
      { line: 3, text: "", tooLong: false },
      { line: 4, text: '{"c":3}', tooLong: false },
    ]);
  });

  it("never splits a UTF-8 character that straddles two chunks", async () => {
    const bytes = Buffer.from('{"title":"Développeur·se"}\n');
    const cut = bytes.indexOf(0xc3) + 1;
    const lines = await collect(
      splitLines(chunks(bytes.subarray(0, cut), bytes.subarray(cut)), 1000),
    );
    expect(lines[0]?.text).toBe('{"title":"Développeur·se"}');
  });

  it("strips a byte order mark from the first line only", async () => {
    const lines = await collect(splitLines(chunks("\uFEFF{}\n\uFEFF{}\n"), 1000));
    expect(lines.map((line) => line.text)).toEqual(["{}", "\uFEFF{}"]);
  });

  it("flags a line over the limit without keeping it, and goes on with the next", async () => {
    const long = "x".repeat(50);
    const lines = await collect(
      splitLines(chunks(`${long.slice(0, 30)}`, `${long.slice(30)}\nok\n`), 40),
    );
    expect(lines).toEqual<StreamLine[]>([
      { line: 1, text: "", tooLong: true },
      { line: 2, text: "ok", tooLong: false },
    ]);
  });

  it("reports the bytes of every chunk it reads", async () => {
    let bytes = 0;
    await collect(splitLines(chunks("ab\n", "cd\n"), 100, (count) => (bytes += count)));
    expect(bytes).toBe(6);
  });
});

describe("reading inputs", () => {
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const source = (
    path: string,
    fileKind: Extract<InputSource, { kind: "file" }>["fileKind"],
  ): InputSource => ({
    kind: "file",
    path,
    fileKind,
    bytes: 10,
  });
  const noStdin = { stdin: Readable.from([]) };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "jobtags-read-"));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("streams JSON Lines with their line numbers, skipping blank lines", async () => {
    const path = file("a.jsonl", '{"title":"A","body":"x"}\n\n   \nnot json\n');
    const records = await collect(readRecords(source(path, "jsonl"), noStdin));
    expect(records).toEqual<RawRecord[]>([
      { kind: "json-text", source: { file: path, line: 1 }, text: '{"title":"A","body":"x"}' },
      { kind: "json-text", source: { file: path, line: 4 }, text: "not json" },
    ]);
  });

  it("reads stdin as JSON Lines without a file name", async () => {
    const records = await collect(
      readRecords({ kind: "stdin" }, { stdin: Readable.from([Buffer.from('{"t":1}\n')]) }),
    );
    expect(records).toEqual([{ kind: "json-text", source: { line: 1 }, text: '{"t":1}' }]);
  });

  it("reads a JSON array element by element with its index, and a JSON object as one record", async () => {
    const array = file("b.json", '[{"title":"A"},{"title":"B"}]');
    const object = file("c.json", '{"title":"C"}');
    expect(await collect(readRecords(source(array, "json"), noStdin))).toEqual([
      { kind: "value", source: { file: array, index: 0 }, value: { title: "A" } },
      { kind: "value", source: { file: array, index: 1 }, value: { title: "B" } },
    ]);
    expect(await collect(readRecords(source(object, "json"), noStdin))).toEqual([
      { kind: "value", source: { file: object }, value: { title: "C" } },
    ]);
  });

  it("reports a JSON file that does not parse as one invalid-json record", async () => {
    const path = file("d.json", '[{"title":"A"},');
    const [record] = await collect(readRecords(source(path, "json"), noStdin));
    expect(record).toMatchObject({
      kind: "unreadable",
      source: { file: path },
      error: { code: "invalid-json" },
    });
  });

  it("streams CSV rows as posting objects with quoted commas and line breaks intact", async () => {
    const path = file(
      "e.csv",
      'id,Title,Company Name,Description\nr1,"Go Engineer, Payments",Tidewell,"Go.\nKafka."\n\nr2,SRE,Brightkeel,"Say ""hi"""\n',
    );
    expect(await collect(readRecords(source(path, "csv"), noStdin))).toEqual([
      {
        kind: "value",
        source: { file: path, row: 1 },
        value: {
          id: "r1",
          title: "Go Engineer, Payments",
          companyName: "Tidewell",
          body: "Go.\nKafka.",
        },
      },
      {
        kind: "value",
        source: { file: path, row: 2 },
        value: { id: "r2", title: "SRE", companyName: "Brightkeel", body: 'Say "hi"' },
      },
    ]);
  });

  it("reads a one-posting file whole, named by its stem, without a byte order mark", async () => {
    const path = file("go-developer.md", "\uFEFF---\ntitle: Go Developer\n---\nGo.\n");
    expect(await collect(readRecords(source(path, "markdown"), noStdin))).toEqual([
      {
        kind: "markdown",
        source: { file: path },
        id: "go-developer",
        text: "---\ntitle: Go Developer\n---\nGo.\n",
      },
    ]);
  });

  it("turns a binary file into a read-failed record naming the file", async () => {
    const path = file("logo.md", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    const [record] = await collect(readRecords(source(path, "markdown"), noStdin));
    expect(record).toEqual({
      kind: "unreadable",
      source: { file: path },
      id: "logo",
      error: { code: "read-failed", message: "binary file (contains NUL bytes)" },
    });
  });

  it("refuses a file read whole above 50 MB before reading it", async () => {
    const path = file("huge.json", "[]");
    const [record] = await collect(
      readRecords({ kind: "file", path, fileKind: "json", bytes: 60 * 1024 * 1024 }, noStdin),
    );
    expect(record).toMatchObject({ kind: "unreadable", error: { code: "read-failed" } });
    expect((record as Extract<RawRecord, { kind: "unreadable" }>).error.message).toContain(
      "50 MB limit",
    );
  });

  it("turns a file that vanished into a read-failed record", async () => {
    const [record] = await collect(readRecords(source(join(dir, "gone.txt"), "text"), noStdin));
    expect(record).toMatchObject({
      kind: "unreadable",
      id: "gone",
      error: { code: "read-failed" },
    });
    expect((record as Extract<RawRecord, { kind: "unreadable" }>).error.message).toContain(
      "ENOENT",
    );
  });

  it("reads every input in order", async () => {
    const first = file("f1.jsonl", '{"n":1}\n');
    const second = file("f2.jsonl", '{"n":2}\n');
    const records = await collect(
      readAllRecords([source(second, "jsonl"), source(first, "jsonl")], noStdin),
    );
    expect(records.map((record) => (record as { text: string }).text)).toEqual([
      '{"n":2}',
      '{"n":1}',
    ]);
  });
});

describe("resolving command-line inputs", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "jobtags-inputs-"));
    mkdirSync(join(dir, "jobs", "2024"), { recursive: true });
    mkdirSync(join(dir, "jobs", "node_modules"), { recursive: true });
    writeFileSync(join(dir, "jobs", "b.md"), "# B\nbody\n");
    writeFileSync(join(dir, "jobs", "2024", "a.html"), "<h1>A</h1>");
    writeFileSync(join(dir, "jobs", "notes.pdf"), "%PDF");
    writeFileSync(join(dir, "jobs", "node_modules", "c.md"), "# C\n");
    writeFileSync(join(dir, "feed.jsonl"), "{}\n");
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("reads stdin when there is no argument", async () => {
    expect(await resolveInputs([])).toEqual([{ kind: "stdin" }]);
  });

  it("expands a directory into its supported files, sorted, skipping node_modules", async () => {
    const inputs = await resolveInputs([join(dir, "jobs")]);
    expect(
      inputs.map((input) => (input.kind === "file" ? [input.path, input.fileKind] : input.kind)),
    ).toEqual([
      [join(dir, "jobs", "2024", "a.html"), "html"],
      [join(dir, "jobs", "b.md"), "markdown"],
    ]);
  });

  it("expands globs, keeps argument order and reads a path named twice once", async () => {
    const feed = join(dir, "feed.jsonl");
    const inputs = await resolveInputs([feed, `${dir}/jobs/*.md`, "-", feed]);
    expect(inputs).toEqual([
      { kind: "file", path: feed, fileKind: "jsonl", bytes: 3 },
      { kind: "file", path: join(dir, "jobs", "b.md"), fileKind: "markdown", bytes: 9 },
      { kind: "stdin" },
    ]);
  });

  it("reports a missing path, an unmatched glob and an unsupported file in place", async () => {
    const inputs = await resolveInputs([
      join(dir, "missing.jsonl"),
      `${dir}/none/*.md`,
      join(dir, "jobs", "notes.pdf"),
    ]);
    expect(
      inputs.map((input) => (input.kind === "unreadable" ? input.error.code : input.kind)),
    ).toEqual(["read-failed", "read-failed", "unsupported-format"]);
  });
});

describe("reading postings for other commands", () => {
  it("yields parsed postings and errors in input order", async () => {
    const { readPostings } = await import("../src/read/index");
    const stdin = Readable.from([
      Buffer.from('{"id":"a","title":"Go Developer","body":"Go."}\nnot json\n'),
    ]);
    const read = await collect(readPostings(["-"], { stdin }));
    expect(read).toEqual([
      { source: { line: 1 }, id: "a", posting: { id: "a", title: "Go Developer", body: "Go." } },
      {
        source: { line: 2 },
        id: null,
        error: { code: "invalid-json", message: expect.stringContaining("not valid JSON") },
      },
    ]);
  });
});
