import { readFileSync } from "node:fs";
import { parseMarkdownPosting } from "../src/read/markdown";
import { createTagger } from "../src/index";
const t = createTagger();
const exp = readFileSync("corpus/expected.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const fields = ["jobType", "category", "seniority", "employmentType", "remote", "salary", "yearsExperience"];
const known: string[] = []; const extra: string[] = [];
for (const e of exp) {
  const p = parseMarkdownPosting(readFileSync("corpus/" + e.file, "utf8"), e.file).posting as any;
  const r = t.tag(p) as any;
  const name = e.file.replace("postings/", "").replace(".md", "");
  for (const f of fields) if (JSON.stringify(r[f]) !== JSON.stringify(e[f])) known.push(`  "${name} ${f}": ${JSON.stringify(r[f])},`);
  const allowed = new Set([...e.mentioned, ...e.core, ...e.areas.map((a: string) => "#" + a)]);
  const wrong = r.hashtags.filter((h: string) => !allowed.has(h));
  if (wrong.length) extra.push(`  "${name}": ${JSON.stringify(wrong)},`);
}
console.log(known.join("\n")); console.log("---"); console.log(extra.join("\n"));
