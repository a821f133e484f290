import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
for (const r of rows) normalizeBody(r.body);
const g = globalThis as any;
console.log(g.__tests / rows.length, g.__hits / rows.length, [...g.__by].sort((a: any, b: any) => b[1] - a[1]).slice(0, 25).map((x: any) => `${x[0]}:${(x[1] / rows.length).toFixed(1)}`).join(" "));
