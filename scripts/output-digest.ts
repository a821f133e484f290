/**
 * Prints a digest of everything the tagger outputs: sha256 over the JSON of every result for
 * the shared corpus (see `sharedCorpusDir`, when present) and the postings in corpus/postings,
 * under the default options and under a seed with summary variants.
 * An optimization must leave it unchanged: `npm run digest` before and after.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { fixturePostings } from "../benchmarks/corpus";
import { createTagger, type TaggerOptions } from "../src/index";
import { readJsonLines, sharedCorpusDir } from "./eval/shared";

const corpusDir = sharedCorpusDir();
const shared =
  corpusDir === undefined ? [] : readJsonLines<unknown>(join(corpusDir, "remotecrocodile.jsonl"));
const fixtures = fixturePostings();

const optionSets: Array<[string, TaggerOptions]> = [
  ["default", {}],
  ["seeded", { seed: 7, summaryVariants: 3 }],
];
const digests = optionSets.map(([name, options]) => {
  const tagger = createTagger(options);
  const hash = createHash("sha256");
  for (const posting of [...shared, ...fixtures]) {
    hash.update(`${JSON.stringify(tagger.tag(posting))}\n`);
  }
  return `${name} ${hash.digest("hex").slice(0, 16)}`;
});
process.stdout.write(
  `${digests.join("  ")}  (${shared.length} shared + ${fixtures.length} fixture postings)\n`,
);
