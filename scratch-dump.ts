import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const which = process.argv.slice(2).map(Number);
for (const i of which) {
  const r = rows[i];
  const nt = normalizeBody(r.body);
  console.log("=====", i, r.id, nt.format);
  for (const l of nt.lines) console.log(`${l.section.padEnd(16)} ${l.heading ? "H" : " "}${l.bullet ? "B" : " "} ${nt.text.slice(l.start, l.end).slice(0, 110)}`);
}
