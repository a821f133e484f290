import { readFileSync } from "node:fs";
import { TextBuilder } from "./src/text/builder";
import { parseMarkdown } from "./src/text/markdown";
import { parsePlain } from "./src/text/plain";
import { CHAR_KIND } from "./src/text/chars";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const bodies: string[] = rows.map((r: any) => r.body);
const mb = bodies.reduce((s, n) => s + Buffer.byteLength(n), 0) / 1e6;
function cpuBench(name: string, f: () => void, rounds = 7) {
  f(); f();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) { const c0 = process.cpuUsage(); f(); const c = process.cpuUsage(c0); best = Math.min(best, (c.user + c.system) / 1e6); }
  console.log(name.padEnd(12), (mb / best).toFixed(1), "MB/s(cpu)");
}
const b = new TextBuilder();
const out = new Uint16Array(1 << 20), st = new Int32Array(1 << 20), en = new Int32Array(1 << 20);
cpuBench("rawloop", () => { for (const t of bodies) { let len = 0; for (let i = 0; i < t.length; i++) { const c = t.charCodeAt(i); const k = CHAR_KIND[c]!; if (k < 5) { out[len] = c; st[len] = i; en[len] = i + 1; len++; } } } });
cpuBench("charloop", () => { for (const t of bodies) { b.reset(t.length + 16); for (let i = 0; i < t.length; i++) b.char(t.charCodeAt(i), i, i + 1); b.breakLine(); } });
cpuBench("plain", () => { for (const t of bodies) { b.reset(t.length + 16); parsePlain(t, b); } });
cpuBench("markdown", () => { for (const t of bodies) { b.reset(t.length + 16); parseMarkdown(t, b); } });
cpuBench("md+finish", () => { for (const t of bodies) { b.reset(t.length + 16); parseMarkdown(t, b); b.finish(); } });
let sink = 0;
cpuBench("runloop", () => { for (const t of bodies) { let len = 0, runEnd = -1, runs = 0; for (let i = 0; i < t.length; i++) { const c = t.charCodeAt(i); const k = CHAR_KIND[c]!; if (k < 5 && i === runEnd) { runEnd++; len++; } else { runs++; runEnd = i + 1; len++; } } sink += runs + len; } });
cpuBench("fill", () => { for (const t of bodies) { const n = t.length; for (let i = 0; i < n; i++) { st[i] = i; en[i] = i + 1; } } });
const dec = new TextDecoder("utf-16le");
cpuBench("decode", () => { for (const t of bodies) dec.decode(out.subarray(0, t.length)); });
cpuBench("slices", () => { for (const t of bodies) { st.slice(0, t.length); en.slice(0, t.length); } });
cpuBench("join-slices", () => { for (const t of bodies) { let s = ""; for (let i = 0; i < t.length; i += 40) s += t.slice(i, i + 39) + " "; sink += s.charCodeAt(s.length >> 1); } });
