import { readFileSync } from "node:fs";
import { parseMarkdownPosting } from "../src/read/markdown";
import { createTagger } from "../src/index";
const t = createTagger();
const exp = readFileSync("corpus/expected.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const fields = ["jobType", "category", "seniority", "employmentType", "remote", "remoteRegions", "salary", "yearsExperience"];
const agree: Record<string, number> = {}; let coreHit = 0, coreAll = 0, pubOk = 0, pubAll = 0;
for (const e of exp) {
  const p = parseMarkdownPosting(readFileSync("corpus/" + e.file, "utf8"), e.file).posting as any;
  const r = t.tag(p) as any;
  for (const f of fields) { const ok = JSON.stringify(r[f]) === JSON.stringify(e[f]); agree[f] = (agree[f] ?? 0) + (ok ? 1 : 0); if (!ok) console.log(e.file, f, "exp", JSON.stringify(e[f]), "got", JSON.stringify(r[f])); }
  const allowed = new Set([...e.mentioned, ...e.core, ...e.areas.map((a: string) => "#" + a)]);
  for (const h of r.hashtags) { pubAll++; if (allowed.has(h)) pubOk++; else console.log(e.file, "wrong tag", h); }
  for (const c of e.core) { coreAll++; if (r.hashtags.includes(c)) coreHit++; else console.log(e.file, "missed core", c); }
}
console.log(agree, exp.length, "hashtag precision", pubOk / pubAll, "core recall", coreHit / coreAll);
