import { readFileSync } from "node:fs";
import { createTagger } from "../src/index";
import { evaluateHashtags, evaluateMentions } from "./eval/tags";
const rows = new Map(readFileSync("../shared/corpus/remotecrocodile.jsonl", "utf8").split("\n").filter(Boolean).map((l) => { const r = JSON.parse(l); return [r.id, r]; }));
const gold = readFileSync("../shared/corpus/dev-gold.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const t = createTagger();
const data = gold.map((g) => { const r = rows.get(g.id); return { gold: g, result: t.tag(r), boardHashtags: r.board.hashtags }; });
const h = evaluateHashtags(data); const m = evaluateMentions(data);
console.log(JSON.stringify(h.figures), JSON.stringify(m.figures)); if (process.argv[2]) console.log(h.lines.join("\n"));
