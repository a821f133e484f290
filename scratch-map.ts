import { readFileSync } from "node:fs";
import { normalizeBody, toOriginalSpan } from "./src/text";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const seen = new Map<string, number>();
for (const r of rows) {
  const nt = normalizeBody(r.body);
  const re = /[^ \n]+/g; let m;
  while ((m = re.exec(nt.text))) {
    const sp = toOriginalSpan(nt, m.index, m.index + m[0].length);
    const src = nt.original.slice(sp.start, sp.end);
    if (src === m[0]) continue;
    let again: string | undefined; try { again = normalizeBody(src, { format: nt.format }).text; } catch { again = undefined; }
    if (again === m[0]) continue;
    const k = `${JSON.stringify(m[0])} <= ${JSON.stringify(src)} => ${JSON.stringify(again)}`;
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
}
console.log(seen.size); for (const [k, v] of [...seen].slice(0, 40)) console.log(v, k.slice(0, 200));
