/**
 * Rebuilds the bundled IDF model (src/rank/data/idf-default.json) from the shared corpus.
 * Run after changing the dictionary: `npm run fit:default`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fitIdfModel } from "../src/rank/fit";

const corpusPath = process.argv[2] ?? "../shared/corpus/remotecrocodile.jsonl";
const outputPath = process.argv[3] ?? "src/rank/data/idf-default.json";
const postings = readFileSync(corpusPath, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as { title: string; body: string });
const model = fitIdfModel(postings, {
  source: "Remote Crocodile postings 2020-2021 (document frequencies only)",
  minWordDocuments: 3,
});
writeFileSync(outputPath, `${JSON.stringify(model, null, 0)}\n`);
console.error(
  `fitted ${model.documents} postings: ${Object.keys(model.concepts).length} concepts, ${Object.keys(model.words).length} words -> ${outputPath}`,
);
