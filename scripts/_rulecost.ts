import { readFileSync } from "node:fs";
import { normalizeBody } from "../src/text/index";
import { findMentions, getDefaultDictionary } from "../src/dictionary/index";
const d = getDefaultDictionary();
const texts = readFileSync("../shared/corpus/remotecrocodile.jsonl", "utf8").split("\n").filter(Boolean).map((l) => normalizeBody(JSON.parse(l).body).text);
function run(label: string) { for (const t of texts) findMentions(d, t); const c0 = process.cpuUsage(); for (let k = 0; k < 5; k++) for (const t of texts) findMentions(d, t); const c = process.cpuUsage(c0); console.log(label, ((c.user + c.system) / 5 / texts.length).toFixed(1), "µs"); }
run("with rules");
const saved = new Map<any, any>();
for (const b of d.index.values()) for (const a of b) { saved.set(a, a.rule); (a as any).rule = undefined; }
run("no rules");
for (const [a, r] of saved) a.rule = r;
// per-pattern cost
const costs = new Map<string, number>();
import { patterns } from "../src/dictionary/data/patterns";
for (const [name, p] of Object.entries(patterns)) {
  const re = new RegExp((p as any).before ?? (p as any).after, "i"); const isBefore = (p as any).before !== undefined;
  const t0 = performance.now(); for (const t of texts.slice(0, 300)) for (let i = 100; i < t.length; i += 97) { const w = isBefore ? t.slice(i - 80, i) : t.slice(i, i + 80); re.test(w); }
  costs.set(name, performance.now() - t0);
}
console.log([...costs].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([n, c]) => `${n}:${c.toFixed(0)}ms`).join(" "));
