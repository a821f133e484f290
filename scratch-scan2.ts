import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
import { compilePhraseIndex, scanPhrases } from "./src/text/phrases";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const nts = rows.map((r: any) => normalizeBody(r.body));
const mb = nts.reduce((s, n) => s + n.text.length, 0) / 1e6;
const empty = compilePhraseIndex([]);
const bits = nts.map((nt) => new Uint8Array(nt.lines.length));
for (let k = 0; k < 3; k++) {
  const t = performance.now();
  for (let r = 0; r < 10; r++) for (let j = 0; j < nts.length; j++) { const nt = nts[j]!; scanPhrases(nt.text, nt.lines, empty, bits[j]!, 128, bits[j]!); }
  console.log("empty", (mb * 10 / ((performance.now() - t) / 1000)).toFixed(1), "MB/s");
}
