import { readFileSync } from "node:fs";
import { normalizeBody } from "../src/text/index";
import { findMentions, getDefaultDictionary } from "../src/dictionary/index";
const rows = readFileSync("../shared/corpus/remotecrocodile.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const dict = getDefaultDictionary();
const texts = rows.map((r) => normalizeBody(r.body).text);
const c0 = process.cpuUsage();
let n = 0;
for (let k = 0; k < 10; k++) for (const t of texts) n += findMentions(dict, t).length;
const cu = process.cpuUsage(c0);
console.log(((cu.user + cu.system) / 10 / texts.length).toFixed(1), "µs/text", n);
// baseline tokenize-only
const c1 = process.cpuUsage(); const m = new Map<string, number>([["go", 1]]); let h = 0;
for (let k = 0; k < 10; k++) for (const t of texts) { for (const w of t.toLowerCase().split(/[^a-z0-9]+/)) if (m.has(w)) h++; }
const cu1 = process.cpuUsage(c1);
console.log(((cu1.user + cu1.system) / 10 / texts.length).toFixed(1), "µs/text tokenize-only", h);
