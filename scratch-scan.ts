import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
import { compilePhraseIndex, scanPhrases } from "./src/text/phrases";
import { LINE_PHRASES } from "./src/text/cues";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const nts = rows.map((r: any) => normalizeBody(r.body));
const mb = nts.reduce((s, n) => s + n.text.length, 0) / 1e6;
const idx = compilePhraseIndex([[1, LINE_PHRASES.legal],[128, LINE_PHRASES.legalWords],[2, LINE_PHRASES.niceToHave],[4, LINE_PHRASES.requirements],[8, LINE_PHRASES.benefits],[16, LINE_PHRASES.process],[32, LINE_PHRASES.responsibilities],[64, LINE_PHRASES.about]]);
const empty = compilePhraseIndex([]);
for (const [name, ix] of [["full", idx], ["empty", empty]] as const) {
  for (let w = 0; w < 3; w++) for (const nt of nts) scanPhrases(nt.text, nt.lines, ix, new Uint8Array(nt.lines.length), 128, new Uint8Array(nt.lines.length));
  const t = performance.now();
  for (let r = 0; r < 10; r++) for (const nt of nts) scanPhrases(nt.text, nt.lines, ix, new Uint8Array(nt.lines.length), 128, new Uint8Array(nt.lines.length));
  console.log(name, (mb * 10 / ((performance.now() - t) / 1000)).toFixed(1), "MB/s");
}
let tests = 0; 
console.log(idx.byKey.size);
