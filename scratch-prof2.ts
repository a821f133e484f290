import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const bodies: string[] = rows.map((r: any) => r.body);
for (let r = 0; r < 20; r++) for (const b of bodies) normalizeBody(b);
