import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
import { checkUnitMapping } from "./scripts/eval/text";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
for (const r of rows) { const nt = normalizeBody(r.body); const m = checkUnitMapping(nt); if (m.units !== m.mapped) { for (let i = 0; i < nt.text.length; i++) { const s = nt.original.slice(nt.startOf[i], nt.endOf[i]); if (nt.text[i] !== s && nt.text[i] !== " " && nt.text[i] !== "\n") console.log(r.id, JSON.stringify(nt.text[i]), JSON.stringify(s), JSON.stringify(nt.text.slice(i - 20, i + 20))); } } }
