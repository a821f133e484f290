import { readFileSync } from "node:fs";
import { evaluateText } from "./scripts/eval/text";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const t = Date.now();
const r = evaluateText(rows);
console.log(r.title); for (const l of r.lines) console.log(" ", l); console.log(r.figures, Date.now() - t, "ms");
