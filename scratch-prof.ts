import { readFileSync } from "node:fs";
import { TextBuilder } from "./src/text/builder";
import { parseMarkdown } from "./src/text/markdown";
import { detectFormat } from "./src/text/detect";
import { normalizeBody } from "./src/text";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const bodies: string[] = rows.map((r: any) => r.body);
const mb = bodies.reduce((s, b) => s + Buffer.byteLength(b), 0) / 1e6;
function time(name: string, f: (b: string) => void) {
  for (let w = 0; w < 2; w++) for (const b of bodies) f(b);
  const t = performance.now();
  for (let r = 0; r < 5; r++) for (const b of bodies) f(b);
  const s = (performance.now() - t) / 1000 / 5;
  console.log(name.padEnd(12), (mb / s).toFixed(1), "MB/s", Math.round(bodies.length / s), "/s");
}
const builder = new TextBuilder();
time("detect", (b) => detectFormat(b));
time("md-parse", (b) => { builder.reset(b.length + 16); parseMarkdown(b, builder); builder.finish(); });
time("normalize", (b) => normalizeBody(b));
time("normalize-md", (b) => normalizeBody(b, { format: "markdown" }));
