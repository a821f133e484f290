/**
 * Prints a digest of everything the tagger outputs: sha256 over the JSON of every result for
 * the shared corpus (../shared/corpus/remotecrocodile.jsonl, when present) and the postings in
 * corpus/postings, under the default options and under a seed with summary variants.
 * An optimization must leave it unchanged: `npm run digest` before and after.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTagger, type TaggerOptions } from "../src/index";
import { parseMarkdownPosting } from "../src/read/markdown";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SHARED_CORPUS = join(ROOT, "..", "shared", "corpus", "remotecrocodile.jsonl");
const FIXTURES = join(ROOT, "corpus", "postings");

const shared = existsSync(SHARED_CORPUS)
  ? readFileSync(SHARED_CORPUS, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as unknown)
  : [];
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
  for (const posting of [...shared, ...fixtures])
    hash.update(`${JSON.stringify(tagger.tag(posting))}\n`);
  return `${name} ${hash.digest("hex").slice(0, 16)}`;
});
process.stdout.write(
  `${digests.join("  ")}  (${shared.length} shared + ${fixtures.length} fixture postings)\n`,
);
