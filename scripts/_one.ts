import { readFileSync } from "node:fs";
import { createTagger } from "../src/index";
const rows = readFileSync("../shared/corpus/remotecrocodile.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const gold = new Map(readFileSync("../shared/corpus/dev-gold.jsonl", "utf8").split("\n").filter(Boolean).map((l) => { const g = JSON.parse(l); return [g.id, g]; }));
const t = createTagger();
for (const r of rows.filter((r) => r.title.includes(process.argv[2]!))) {
  const res = t.tag(r); const g = gold.get(r.id);
  console.log(r.title, "| gold core", g?.core.join(" "));
  console.log(" ours", res.hashtags.join(" "));
  for (const tag of res.tags.slice(0, 25)) console.log("  ", tag.hashtag, tag.kind, tag.score, tag.count, [...new Set(tag.evidence.map((e) => e.section))].join(","));
}
