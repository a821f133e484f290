import { readFileSync } from "node:fs";
import { normalizeBody } from "../src/text/index";
import { findMentions, getDefaultDictionary } from "../src/dictionary/index";
import * as C from "../src/classify/index";
import { summarize } from "../src/summarize/index";
const rows = readFileSync("../shared/corpus/remotecrocodile.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const dict = getDefaultDictionary();
const nts = rows.map((r) => normalizeBody(r.body));
const inputs = rows.map((r, i) => ({ title: r.title, text: nts[i]!.text, lineSections: nts[i]!.lines.map((l) => l.section), location: r.location }));
function time(name: string, fn: (i: number) => unknown) {
  for (let i = 0; i < rows.length; i++) fn(i);
  const c0 = process.cpuUsage(); for (let k = 0; k < 3; k++) for (let i = 0; i < rows.length; i++) fn(i);
  const cu = process.cpuUsage(c0); const s = (cu.user + cu.system) / 1e6 / 3; console.log(name.padEnd(12), (s * 1e6 / rows.length).toFixed(1), "µs/posting");
}
time("normalize", (i) => normalizeBody(rows[i].body));
time("match", (i) => findMentions(dict, nts[i]!.text));
time("seniority", (i) => C.detectSeniority(inputs[i]!));
time("employment", (i) => C.detectEmploymentType(inputs[i]!));
time("remote", (i) => C.detectRemote(inputs[i]!));
time("salary", (i) => C.parseSalary(inputs[i]!));
time("years", (i) => C.detectYearsExperience(inputs[i]!));
time("role", (i) => C.classifyRole({ ...inputs[i]!, areas: [], tags: [] }));
time("summarize", (i) => summarize({ title: rows[i].title, companyName: rows[i].companyName, text: nts[i]!, hashtags: ["#a", "#b", "#c"], category: "engineering", yearsExperience: 3 }));
