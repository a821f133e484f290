import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
import { compilePhraseIndex, scanPhrases } from "./src/text/phrases";
import { LINE_PHRASES } from "./src/text/cues";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const nts = rows.map((r: any) => normalizeBody(r.body));
const toks = nts.map((nt) => { const a: number[] = []; for (const l of nt.lines) { a.push(l.start); for (let i = l.start; i < l.end; i++) if (nt.text[i] === " ") a.push(i + 1); } return Int32Array.from(a); });
const idx = compilePhraseIndex([[1, LINE_PHRASES.legal],[128, LINE_PHRASES.legalWords],[2, LINE_PHRASES.niceToHave],[4, LINE_PHRASES.requirements],[8, LINE_PHRASES.benefits],[16, LINE_PHRASES.process],[32, LINE_PHRASES.responsibilities],[64, LINE_PHRASES.about]]);
const bits = nts.map((nt) => new Uint8Array(nt.lines.length));
for (let r = 0; r < 60; r++) for (let j = 0; j < nts.length; j++) { const nt = nts[j]!; scanPhrases(nt.text, nt.lines, toks[j]!, idx, bits[j]!, 128, bits[j]!); }
