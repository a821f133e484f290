import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseMarkdownPosting } from "../src/read/markdown";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SHARED_CORPUS = join(ROOT, "..", "shared", "corpus", "remotecrocodile.jsonl");

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
  if (existsSync(SHARED_CORPUS)) {
    const postings = readFileSync(SHARED_CORPUS, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => {
        const { id, title, companyName, location, url, body } = JSON.parse(line) as BenchPosting;
        return { id, title, companyName, location, url, body };
      });
    return { postings, source: "shared/corpus/remotecrocodile.jsonl" };
  }
  const dir = join(ROOT, "corpus", "postings");
  const postings = readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map(
      (name) =>
        parseMarkdownPosting(readFileSync(join(dir, name), "utf8"), name.slice(0, -3))
          .posting as BenchPosting,
    );
  return { postings, source: "corpus/postings/*.md" };
}
