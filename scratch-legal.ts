import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const CONTAINS_LEGAL = /equal (?:employment )?opportunit|\beeo\b|discriminat|without regard to|regardless of (?:race|age|gender|sex|religion|colou?r|national|sexual|ethnic)|sexual orientation|gender identity|protected veteran|privacy (?:policy|notice)|\bgdpr\b|data protection|recruit\w* agenc|unsolicited|affirmative action|reasonable accommodation/i;
let n = 0;
for (const r of rows) {
  if (!CONTAINS_LEGAL.test(r.body)) continue;
  const nt = normalizeBody(r.body);
  if (nt.lines.some((l) => l.section === "legal")) continue;
  const m = CONTAINS_LEGAL.exec(nt.text)!;
  const li = nt.lines.findIndex((l) => l.end >= m.index);
  const l = nt.lines[li]!;
  console.log(`${r.id.slice(0, 40)} [${l.section}${l.heading ? " H" : ""}${l.bullet ? " B" : ""}] ${nt.text.slice(l.start, l.end).slice(0, 200)}`);
  if (++n > 30) break;
}
