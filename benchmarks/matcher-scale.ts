/**
 * Shows that matching cost does not grow with the dictionary: the bundled dictionary against
 * one grown 10x by generated concepts, over the same texts. `npx tsx benchmarks/matcher-scale.ts`
 */
import { existsSync, readFileSync } from "node:fs";
import { bundledConcepts, compileDictionary, findMentions } from "../src/dictionary/index";
import type { Concept } from "../src/dictionary/schema";
import { normalizeBody } from "../src/text/index";

const corpusPath = process.env.JOBTAGS_CORPUS
  ? `${process.env.JOBTAGS_CORPUS}/remotecrocodile.jsonl`
  : "../shared/corpus/remotecrocodile.jsonl";
if (!existsSync(corpusPath)) {
  console.log(`no corpus at ${corpusPath}`);
  process.exit(0);
}
const texts = readFileSync(corpusPath, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => normalizeBody((JSON.parse(line) as { body: string }).body).text);

const base = bundledConcepts();
const syllables = [
  "ka",
  "zu",
  "mir",
  "tex",
  "vol",
  "qua",
  "ron",
  "bel",
  "sif",
  "dar",
  "lum",
  "pex",
];
function generatedName(seed: number): string {
  let name = "";
  for (let value = seed + 1; value > 0; value = Math.floor(value / syllables.length)) {
    name += syllables[value % syllables.length];
  }
  return name;
}
const grown: Concept[] = [...base];
for (let index = 0; grown.length < base.length * 10; index++) {
  const name = generatedName(index);
  const template = base[index % base.length];
  if (!template) break;
  grown.push({
    ...template,
    id: `generated-${index}`,
    hashtag: `#generated${index}`,
    label: name,
    aliases: [name, `${name}js`, `${name} db`],
    implies: [],
  });
}

function throughput(concepts: Concept[]): number {
  const dictionary = compileDictionary(concepts);
  let mentions = 0;
  for (let round = 0; round < 2; round++)
    for (const text of texts) mentions += findMentions(dictionary, text).length;
  const rounds = 5;
  const started = performance.now();
  for (let round = 0; round < rounds; round++)
    for (const text of texts) mentions += findMentions(dictionary, text).length;
  const seconds = (performance.now() - started) / 1000;
  if (mentions < 0) console.log(mentions);
  return (texts.length * rounds) / seconds;
}

const baseRate = throughput(base);
const grownRate = throughput(grown);
console.log(`concepts ${base.length}: ${baseRate.toFixed(0)} texts/s`);
console.log(`concepts ${grown.length} (10x): ${grownRate.toFixed(0)} texts/s`);
console.log(`throughput drop: ${((1 - grownRate / baseRate) * 100).toFixed(1)}% (target < 15%)`);
