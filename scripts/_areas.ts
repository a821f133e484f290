import { readFileSync } from "node:fs";
import { createTagger } from "../src/index";
const rows = new Map(readFileSync("../shared/corpus/remotecrocodile.jsonl", "utf8").split("\n").filter(Boolean).map((l) => { const r = JSON.parse(l); return [r.id, r]; }));
const gold = readFileSync("../shared/corpus/dev-gold.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const t = createTagger();
for (const g of gold) {
  const r = rows.get(g.id); const res = t.tag(r);
  const ours = res.tags.filter((x) => x.kind === "area" && res.hashtags.includes(x.hashtag)).map((x) => x.hashtag.slice(1));
  const ga = new Set(g.areas); const miss = g.areas.filter((a: string) => !ours.includes(a)); const extra = ours.filter((a) => !ga.has(a) && !g.mentioned.includes("#" + a));
  if (miss.length || extra.length) console.log(`${r.title} | gold ${g.areas.join(",")} | ours ${ours.join(",")} | -${miss.join(",")} +${extra.join(",")}`);
}
