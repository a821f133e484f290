import { readFileSync } from "node:fs";
import { createTagger } from "../src/index";
const rows = new Map(readFileSync("../shared/corpus/remotecrocodile.jsonl", "utf8").split("\n").filter(Boolean).map((l) => { const r = JSON.parse(l); return [r.id, r]; }));
const gold = readFileSync("../shared/corpus/dev-gold.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const t = createTagger();
for (const g of gold) {
  const r = rows.get(g.id); const res = t.tag(r);
  for (const c of g.core) if (!res.hashtags.includes(c) && !g.areas.includes(c.slice(1))) {
    const tag = res.tags.find((x) => x.hashtag === c);
    console.log(r.title.slice(0, 40).padEnd(40), c.padEnd(16), tag ? `score ${tag.score} count ${tag.count} sections ${[...new Set(tag.evidence.map((e) => e.section))].join(",")}` : "not detected", "| published", res.hashtags.length);
  }
}
