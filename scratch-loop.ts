import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
import { CHAR_KIND } from "./src/text/chars";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const texts: string[] = rows.map((r: any) => normalizeBody(r.body).text);
const bodies: string[] = rows.map((r: any) => r.body);
const mb = texts.reduce((s, n) => s + n.length, 0) / 1e6;
const localKind = new Uint8Array(65536); localKind.set(CHAR_KIND);
function bench(name: string, arr: string[], f: (t: string) => number) {
  let x = 0;
  for (let w = 0; w < 3; w++) for (const t of arr) x += f(t);
  const t0 = performance.now();
  for (let r = 0; r < 10; r++) for (const t of arr) x += f(t);
  console.log(name, (mb * 10 / ((performance.now() - t0) / 1000)).toFixed(1), "MB/s", x);
}
bench("charCodeAt", texts, (t) => { let s = 0; for (let i = 0; i < t.length; i++) s += t.charCodeAt(i); return s; });
bench("kind-import", texts, (t) => { let s = 0; for (let i = 0; i < t.length; i++) s += CHAR_KIND[t.charCodeAt(i)]!; return s; });
bench("kind-local", texts, (t) => { let s = 0; for (let i = 0; i < t.length; i++) s += localKind[t.charCodeAt(i)]!; return s; });
bench("body-charCodeAt", bodies, (t) => { let s = 0; for (let i = 0; i < t.length; i++) s += t.charCodeAt(i); return s; });
