import { readFileSync } from "node:fs";
import { normalizeBody } from "./src/text";
const rows = readFileSync("/work/shared/corpus/remotecrocodile.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l));
const c = new Map<string, number>();
let n = 0;
const firsts = new Set(["is","are","you","we","our","to","in","own","do","does","don't","will","would","your","send","apply","strong","experience","paid","health","bonus","competitive","equal","must","flexible","design","build","develop","work","partner","take","founded","series","backed","knowledge","understanding","familiar","degree","national","sexual","gender","protected","all","applicants","privacy","data","personal","unsolicited","recruitment","recruiting","staffing","affirmative","reasonable","without","regardless","cannot","won't","never","not","un","se","von","learning","budget","stock","parental","unlimited","years","application","hiring","next","submit","cover","collaborate","responsible","responsibilities","track","comfortable","expertise","master","fluent","bachelor","nice","preferred","strongly","ideally","desirable"]);
for (const r of rows) { const t = normalizeBody(r.body).text; for (const w of t.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []) { if (firsts.has(w)) { c.set(w, (c.get(w) ?? 0) + 1); n++; } } }
console.log(n / rows.length, [...c].sort((a, b) => b[1] - a[1]).slice(0, 20));
