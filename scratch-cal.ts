import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
import { CHAR_KIND } from "./src/text/chars";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const bodies: string[] = rows.map((r: any) => r.body);
const mb = bodies.reduce((s, n) => s + Buffer.byteLength(n), 0) / 1e6;
const texts = bodies.map((b) => normalizeBody(b).text);
function cpuBench(name: string, f: () => number, rounds = 7) {
  f(); f();
  let best = Infinity; let x = 0;
  for (let r = 0; r < rounds; r++) { const c0 = process.cpuUsage(); x += f(); const c = process.cpuUsage(c0); best = Math.min(best, (c.user + c.system) / 1e6); }
  console.log(name.padEnd(12), (mb / best).toFixed(1), "MB/s(cpu)", x);
}
cpuBench("sum-text", () => { let s = 0; for (const t of texts) for (let i = 0; i < t.length; i++) s += t.charCodeAt(i); return s; });
cpuBench("sum-body", () => { let s = 0; for (const t of bodies) for (let i = 0; i < t.length; i++) s += t.charCodeAt(i); return s; });
cpuBench("kind-text", () => { let s = 0; for (const t of texts) for (let i = 0; i < t.length; i++) s += CHAR_KIND[t.charCodeAt(i)]!; return s; });
cpuBench("spaces", () => { let s = 0; for (const t of texts) { let i = 0; while ((i = t.indexOf(" ", i) + 1) > 0) s++; } return s; });
