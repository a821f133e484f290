import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const out: number[] = [];
rows.forEach((r: any, i: number) => { const nt = normalizeBody(r.body); if (!nt.lines.some((l) => l.section === "requirements")) out.push(i); });
console.log(out.join(" "));
