import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readJsonLines, sharedCorpusDir } from "../scripts/eval/shared";
import { parseMarkdownPosting } from "../src/read/markdown";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A posting as the benchmarks feed it to the tagger. */
export interface BenchPosting {
  id: string;
  title: string;
  companyName?: string;
  location?: string;
  url?: string;
  body: string;
}

/** The shared corpus when it is beside the checkout, else the project's own corpus/postings. */
export function loadBenchCorpus(): { postings: BenchPosting[]; source: string } {
  const corpusDir = sharedCorpusDir();
  if (corpusDir !== undefined) {
    const postings = readJsonLines<BenchPosting>(join(corpusDir, "remotecrocodile.jsonl")).map(
      ({ id, title, companyName, location, url, body }) => ({
        id,
        title,
        companyName,
        location,
        url,
        body,
      }),
    );
    return { postings, source: "shared/corpus/remotecrocodile.jsonl" };
  }
  return { postings: fixturePostings() as BenchPosting[], source: "corpus/postings/*.md" };
}

/** The postings in corpus/postings, in file-name order, as their markdown files give them. */
export function fixturePostings(): unknown[] {
  const dir = join(ROOT, "corpus", "postings");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map(
      (name) =>
        parseMarkdownPosting(readFileSync(join(dir, name), "utf8"), name.slice(0, -3)).posting,
    );
}
