import { readFileSync } from "node:fs";
import * as C from "./src/text/cues";
import { normalizeBody } from "./src/text";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const texts: string[] = rows.map((r: any) => normalizeBody(r.body).text);
const mb = texts.reduce((s, b) => s + b.length, 0) / 1e6;
const pats = [C.LEGAL_STRONG, C.NICE_PHRASES, C.REQUIREMENT_PHRASES, C.BENEFIT_PHRASES, C.PROCESS_PHRASES, C.RESPONSIBILITY_PHRASES, C.ABOUT_PHRASES, C.LEGAL_WEAK];
function time(name: string, f: (t: string) => number) {
  let n = 0;
  for (const t of texts) n += f(t);
  const s0 = performance.now();
  for (let r = 0; r < 5; r++) for (const t of texts) n += f(t);
  const s = (performance.now() - s0) / 5000;
  console.log(name.padEnd(14), (mb / s).toFixed(1), "MB/s", n);
}
const count = (re: RegExp, t: string) => { re.lastIndex = 0; let n = 0; while (re.exec(t)) n++; return n; };
time("separate-i", (t) => pats.reduce((s, p) => s + count(p, t), 0));
const lowerPats = pats.map((p) => new RegExp(p.source, "g"));
time("separate-lc", (t) => { const l = t.toLowerCase(); return lowerPats.reduce((s, p) => s + count(p, l), 0); });
const combined = new RegExp(pats.map((p, i) => `(?<g${i}>${p.source.replace(/^\\b/, "")})`).join("|"), "gi");
time("combined-i", (t) => count(combined, t));
const combinedL = new RegExp(`\\b(?:${pats.map((p, i) => `(${p.source.replace(/^\\b/, "")})`).join("|")})`, "g");
time("combined-lc", (t) => count(combinedL, t.toLowerCase()));
