/**
 * Prints a digest of everything the tagger outputs: sha256 over the JSON of every result for
 * the shared corpus (see `sharedCorpusDir`, when present) and the postings in corpus/postings,
 * under the default options and under a seed with summary variants.
 * An optimization must leave it unchanged: `npm run digest` before and after.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createTagger, type TaggerOptions } from "../src/index";
import { parseMarkdownPosting } from "../src/read/markdown";
import { readJsonLines, sharedCorpusDir } from "./eval/shared";

const FIXTURES = resolve(process.cwd(), "corpus", "postings");

const corpusDir = sharedCorpusDir();
const shared =
  corpusDir === undefined ? [] : readJsonLines<unknown>(join(corpusDir, "remotecrocodile.jsonl"));
const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map(
    (name) =>
      parseMarkdownPosting(readFileSync(join(FIXTURES, name), "utf8"), name.slice(0, -3)).posting,
  );

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
