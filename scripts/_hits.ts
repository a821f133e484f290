import { readFileSync } from "node:fs";
import { normalizeBody } from "../src/text/index";
import { getDefaultDictionary } from "../src/dictionary/index";
const d = getDefaultDictionary();
const rows = readFileSync("../shared/corpus/remotecrocodile.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const hits = new Map<string, number>(); let words = 0, lookups = 0, checks = 0, rules = 0;
for (const r of rows) { const t = normalizeBody(r.body).text.toLowerCase(); for (const w of t.match(/[a-z0-9]+/g) ?? []) { words++; const b = d.index.get(w); if (b) { lookups++; checks += b.length; rules += b.filter((a) => a.rule).length; hits.set(w, (hits.get(w) ?? 0) + b.length); } } }
console.log({ words: words / rows.length, lookups: lookups / rows.length, checks: checks / rows.length, rules: rules / rows.length });
console.log([...hits].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([w, n]) => `${w}:${(n / rows.length).toFixed(1)}`).join(" "));
