import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
import { CHAR_KIND, LOWERCASE } from "./src/text/chars";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const bodies: string[] = rows.map((r: any) => r.body);
const mb = bodies.reduce((s, n) => s + Buffer.byteLength(n), 0) / 1e6;
const nts = bodies.map((b) => normalizeBody(b));
const toks = nts.map((nt) => { const a: number[] = []; for (const l of nt.lines) { a.push(l.start); for (let i = l.start; i < l.end; i++) if (nt.text[i] === " ") a.push(i + 1); } return Int32Array.from(a); });
console.log("tokens/posting", toks.reduce((s, t) => s + t.length, 0) / toks.length);
function cpuBench(name: string, f: () => number, rounds = 7) {
  f(); f();
  let best = Infinity; let x = 0;
  for (let r = 0; r < rounds; r++) { const c0 = process.cpuUsage(); x += f(); const c = process.cpuUsage(c0); best = Math.min(best, (c.user + c.system) / 1e6); }
  console.log(name.padEnd(12), (mb / best).toFixed(1), "MB/s(cpu)", x);
}
const slots = new Uint16Array(1 << 14);
function scan(text: string, ts: Int32Array): number {
  let hits = 0;
  for (let t = 0; t < ts.length; t++) {
    let i = ts[t]!; const start = i; let key = 0;
    const end = text.length;
    while (i < end && i - start < 4) {
      const code = text.charCodeAt(i);
      const k = CHAR_KIND[code]!;
      if (!(code === 0x27 || (k >= 1 && k <= 4))) break;
      key = (Math.imul(key, 31) + LOWERCASE[code]!) | 0;
      i++;
    }
    key = Math.imul(key, 31) + (i - start);
    hits += slots[key & 16383]!;
  }
  return hits;
}
cpuBench("tokens-only", () => { let s = 0; for (let j = 0; j < nts.length; j++) s += toks[j]!.length; return s; });
cpuBench("scan-local", () => { let s = 0; for (let j = 0; j < nts.length; j++) s += scan(nts[j]!.text, toks[j]!); return s; });
