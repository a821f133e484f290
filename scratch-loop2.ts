import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
import { CHAR_KIND, LOWERCASE } from "./src/text/chars";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const texts: string[] = rows.map((r: any) => normalizeBody(r.body).text);
const mb = texts.reduce((s, n) => s + n.length, 0) / 1e6;
function bench(name: string, f: (t: string) => number) {
  let x = 0;
  for (let w = 0; w < 3; w++) for (const t of texts) x += f(t);
  const t0 = performance.now();
  for (let r = 0; r < 10; r++) for (const t of texts) x += f(t);
  console.log(name, (mb * 10 / ((performance.now() - t0) / 1000)).toFixed(1), "MB/s", x);
}
const isWordKind = (k: number) => k === 5 || k === 6 || k === 7 || k === 8;
const isWordUnit = (c: number) => c === 0x27 || isWordKind(CHAR_KIND[c]!);
const m = new Map<number, number>([[1, 2], [3, 4]]);
bench("words", (text) => {
  let n = 0; let i = 0; const length = text.length;
  while (i < length) {
    const k = CHAR_KIND[text.charCodeAt(i)]!;
    if (!isWordKind(k)) { i++; continue; }
    let key = 0, size = 0;
    while (i < length) { const code = text.charCodeAt(i); if (!isWordUnit(code)) break; if (size < 4) { key = (Math.imul(key, 31) + LOWERCASE[code]!) | 0; size++; } i++; }
    key = (Math.imul(key, 31) + size) & 0x3fffffff;
    n += key & 1;
  }
  return n;
});
bench("words+map", (text) => {
  let n = 0; let i = 0; const length = text.length;
  while (i < length) {
    const k = CHAR_KIND[text.charCodeAt(i)]!;
    if (!isWordKind(k)) { i++; continue; }
    let key = 0, size = 0;
    while (i < length) { const code = text.charCodeAt(i); if (!isWordUnit(code)) break; if (size < 4) { key = (Math.imul(key, 31) + LOWERCASE[code]!) | 0; size++; } i++; }
    key = (Math.imul(key, 31) + size) & 0x3fffffff;
    if (m.get(key) !== undefined) n++;
  }
  return n;
});
import { CASELESS_LETTER, DIGIT, LOWER, UPPER } from "./src/text/chars";
const isWordKind2 = (k: number) => k === LOWER || k === UPPER || k === DIGIT || k === CASELESS_LETTER;
const isWordUnit2 = (c: number) => c === 0x27 || isWordKind2(CHAR_KIND[c]!);
bench("words-imported", (text) => {
  let n = 0; let i = 0; const length = text.length;
  while (i < length) {
    const k = CHAR_KIND[text.charCodeAt(i)]!;
    if (!isWordKind2(k)) { i++; continue; }
    let key = 0, size = 0;
    while (i < length) { const code = text.charCodeAt(i); if (!isWordUnit2(code)) break; if (size < 4) { key = (Math.imul(key, 31) + LOWERCASE[code]!) | 0; size++; } i++; }
    key = (Math.imul(key, 31) + size) & 0x3fffffff;
    n += key & 1;
  }
  return n;
});
