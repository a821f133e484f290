import { readFileSync } from "node:fs";
import { createTagger } from "../src/index";
import { normalizeBody } from "../src/text/index";
import { findMentions, getDefaultDictionary } from "../src/dictionary/index";
const rows = readFileSync("../shared/corpus/remotecrocodile.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const tagger = createTagger();
const dict = getDefaultDictionary();
function time(name: string, fn: (r: any) => unknown) {
  for (const r of rows) fn(r);
  const t = performance.now(); for (let k = 0; k < 3; k++) for (const r of rows) fn(r);
  const s = (performance.now() - t) / 1000; console.log(name, ((rows.length * 3) / s).toFixed(0), "postings/s");
}
const texts = rows.map((r) => normalizeBody(r.body).text);
time("normalize", (r) => normalizeBody(r.body));
let i = 0; time("match", () => findMentions(dict, texts[i++ % texts.length]!));
time("tag", (r) => tagger.tag(r));
