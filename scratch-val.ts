import { readFileSync } from "node:fs";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const bodies: string[] = rows.map((r: any) => r.body);
const mb = bodies.reduce((s, n) => s + Buffer.byteLength(n), 0) / 1e6;
function cpuBench(name: string, f: () => number, rounds = 7) {
  f(); f();
  let best = Infinity; let x = 0;
  for (let r = 0; r < rounds; r++) { const c0 = process.cpuUsage(); x += f(); const c = process.cpuUsage(c0); best = Math.min(best, (c.user + c.system) / 1e6); }
  console.log(name.padEnd(12), (mb / best).toFixed(1), "MB/s(cpu)", x);
}
cpuBench("wellformed", () => { let s = 0; for (const b of bodies) s += (b as any).isWellFormed() ? 1 : 0; return s; });
const SUR = /[\uD800-\uDFFF]/;
cpuBench("surrogate-re", () => { let s = 0; for (const b of bodies) s += SUR.test(b) ? 1 : 0; return s; });
cpuBench("nul", () => { let s = 0; for (const b of bodies) s += b.indexOf("\0"); return s; });
cpuBench("bytelen", () => { let s = 0; for (const b of bodies) s += Buffer.byteLength(b); return s; });
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\0/;
cpuBench("lone-re", () => { let s = 0; for (const b of bodies) s += LONE.test(b) ? 1 : 0; return s; });
