import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
import { compilePhraseIndex, scanPhrases } from "./src/text/phrases";
import { LINE_PHRASES } from "./src/text/cues";
import { TextBuilder } from "./src/text/builder";
import { parseMarkdown } from "./src/text/markdown";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const bodies: string[] = rows.map((r: any) => r.body);
const mb = bodies.reduce((s, n) => s + Buffer.byteLength(n), 0) / 1e6;
const nts = bodies.map((b) => normalizeBody(b));
export function cpuBench(name: string, f: () => void, rounds = 7) {
  f(); f();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) { const c0 = process.cpuUsage(); f(); const c = process.cpuUsage(c0); best = Math.min(best, (c.user + c.system) / 1e6); }
  console.log(name.padEnd(12), (mb / best).toFixed(1), "MB/s(cpu)", Math.round(bodies.length / best), "/s");
}
const idx = compilePhraseIndex([[1, LINE_PHRASES.legal],[128, LINE_PHRASES.legalWords],[2, LINE_PHRASES.niceToHave],[4, LINE_PHRASES.requirements],[8, LINE_PHRASES.benefits],[16, LINE_PHRASES.process],[32, LINE_PHRASES.responsibilities],[64, LINE_PHRASES.about]]);
const empty = compilePhraseIndex([]);
const toks = nts.map((nt) => { const a: number[] = []; for (const l of nt.lines) { a.push(l.start); for (let i = l.start; i < l.end; i++) if (nt.text[i] === " ") a.push(i + 1); } return Int32Array.from(a); });
const bits = nts.map((nt) => new Uint8Array(nt.lines.length));
const which = process.argv[2] ?? "all";
if (which === "all" || which === "scan") {
cpuBench("scan-full", () => { for (let j = 0; j < nts.length; j++) { const nt = nts[j]!; scanPhrases(nt.text, nt.lines, toks[j]!, idx, bits[j]!, 128, bits[j]!); } });
cpuBench("scan-empty", () => { for (let j = 0; j < nts.length; j++) { const nt = nts[j]!; scanPhrases(nt.text, nt.lines, toks[j]!, empty, bits[j]!, 128, bits[j]!); } });
}
const b = new TextBuilder();
if (which === "all" || which === "parse") {
cpuBench("md-parse", () => { for (const t of bodies) { b.reset(t.length + 16); parseMarkdown(t, b); } });
cpuBench("md+finish", () => { for (const t of bodies) { b.reset(t.length + 16); parseMarkdown(t, b); b.finish(); } });
}
cpuBench("normalize", () => { for (const t of bodies) normalizeBody(t); });
