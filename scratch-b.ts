import { readFileSync } from "node:fs";
import { TextBuilder } from "./src/text/builder";
import { parseMarkdown } from "./src/text/markdown";
import { parsePlain } from "./src/text/plain";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const bodies: string[] = rows.map((r: any) => r.body);
const mb = bodies.reduce((s, n) => s + n.length, 0) / 1e6;
const b = new TextBuilder();
function bench(name: string, f: (t: string) => void) {
  for (let w = 0; w < 3; w++) for (const t of bodies) f(t);
  const t0 = performance.now();
  for (let r = 0; r < 10; r++) for (const t of bodies) f(t);
  console.log(name.padEnd(10), (mb * 10 / ((performance.now() - t0) / 1000)).toFixed(1), "MB/s");
}
bench("charloop", (t) => { b.reset(t.length + 16); for (let i = 0; i < t.length; i++) b.char(t.charCodeAt(i), i, i + 1); b.breakLine(); });
bench("plain", (t) => { b.reset(t.length + 16); parsePlain(t, b); });
bench("plain+fin", (t) => { b.reset(t.length + 16); parsePlain(t, b); b.finish(); });
bench("markdown", (t) => { b.reset(t.length + 16); parseMarkdown(t, b); });
import { CHAR_KIND } from "./src/text/chars";
const out = new Uint16Array(1 << 20), st = new Int32Array(1 << 20), en = new Int32Array(1 << 20);
bench("rawloop", (t) => { let len = 0; for (let i = 0; i < t.length; i++) { const c = t.charCodeAt(i); const k = CHAR_KIND[c]!; if (k < 5) { out[len] = c; st[len] = i; en[len] = i + 1; len++; } } });
const dec = new TextDecoder("utf-16le");
bench("decode", (t) => { dec.decode(out.subarray(0, t.length)); });
bench("fromCharCode", (t) => { let s = ""; for (let i = 0; i < t.length; i += 4096) s += String.fromCharCode.apply(null, out.subarray(i, Math.min(t.length, i + 4096)) as unknown as number[]); });
bench("slices", (t) => { st.slice(0, t.length); en.slice(0, t.length); });
