/**
 * Quality figures on the shared corpus, checked against the floors in eval-floors.json.
 * `npm run eval` (CI runs it). Floors only ever rise: after an improvement, raise them with
 * `npm run eval -- --raise-floors`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createTagger } from "../src/index";
import { parseMarkdownPosting } from "../src/read/markdown";
import type { TagResult } from "../src/schema/result";
import { normalizeBody } from "../src/text/index";
import { evaluateFields } from "./eval/fields";
import {
  type BoardPosting,
  formatFigure,
  type GoldRow,
  type Report,
  readJsonLines,
  sharedCorpusDir,
} from "./eval/shared";
import { evaluateSummaries } from "./eval/summaries";
import { evaluateHashtags, evaluateMentions } from "./eval/tags";
import { evaluateText } from "./eval/text";

const FLOORS_PATH = resolve(process.cwd(), "eval-floors.json");
/**
 * Figures that get no floor: counts that describe the corpus, the board's own score, and
 * timings, which depend on the machine (benchmarks/ measures speed).
 */
const UNFLOORED = new Set([
  "postings",
  "legalContained",
  "normalizeFailures",
  "boardJobTypeAccuracy",
  "normalizerMBps",
  "normalizerPostingsPerSecond",
]);

/** The project's own labelled postings (corpus/): a second set that nobody tuned on dev-gold. */
function fixtureReport(tagger: ReturnType<typeof createTagger>): Report {
  const labels = readJsonLines<GoldRow & { file: string }>(
    resolve(process.cwd(), "corpus/expected.jsonl"),
  );
  const rows = labels.map((label) => {
    const text = readFileSync(resolve(process.cwd(), "corpus", label.file), "utf8");
    return {
      gold: label,
      result: tagger.tag(parseMarkdownPosting(text, label.file).posting),
      boardHashtags: [],
    };
  });
  const hashtags = evaluateHashtags(rows);
  const mentions = evaluateMentions(rows);
  return {
    title: `Fixture corpus (corpus/expected.jsonl, ${rows.length} postings written for the project)`,
    figures: {
      fixtureHashtagPrecision: hashtags.figures.hashtagPrecision ?? 0,
      fixtureCoreRecall: hashtags.figures.coreRecall ?? 0,
      fixtureMentionPrecision: mentions.figures.mentionPrecision ?? 0,
      fixtureMentionRecall: mentions.figures.mentionRecall ?? 0,
    },
    lines: [...mentions.lines, ...hashtags.lines.slice(2)],
  };
}

function main(): number {
  const corpusDir = sharedCorpusDir();
  if (!corpusDir) {
    console.log(
      "eval: no shared corpus found (../shared/corpus or $JOBTAGS_CORPUS); nothing to measure",
    );
    return 0;
  }
  const postings = readJsonLines<BoardPosting>(resolve(corpusDir, "remotecrocodile.jsonl"));
  const gold = readJsonLines<GoldRow>(resolve(corpusDir, "dev-gold.jsonl"));
  const byId = new Map(postings.map((posting) => [posting.id, posting]));

  const tagger = createTagger();
  const results = new Map<string, TagResult>();
  const failures: string[] = [];
  for (const posting of postings) {
    try {
      results.set(posting.id, tagger.tag(posting));
    } catch (error) {
      failures.push(`${posting.id}: ${(error as Error).message}`);
    }
  }

  const goldRows = gold.flatMap((row) => {
    const posting = byId.get(row.id);
    const result = results.get(row.id);
    return posting && result ? [{ gold: row, posting, result }] : [];
  });

  const reports: Report[] = [
    evaluateMentions(goldRows),
    evaluateHashtags(
      goldRows.map((row) => ({ ...row, boardHashtags: row.posting.board.hashtags })),
    ),
    evaluateFields(
      goldRows.map((row) => {
        const text = normalizeBody(row.posting.body);
        return {
          posting: row.posting,
          gold: row.gold,
          text: text.text,
          lineSections: text.lines.map((line) => line.section),
          result: row.result,
        };
      }),
    ),
    evaluateSummaries(
      postings.flatMap((posting) => {
        const result = results.get(posting.id);
        return result ? [{ posting, result }] : [];
      }),
    ),
    evaluateText(postings),
    fixtureReport(tagger),
  ];

  const floors = JSON.parse(readFileSync(FLOORS_PATH, "utf8")) as Record<string, number>;
  const raise = process.argv.includes("--raise-floors");
  const broken: string[] = [];
  console.log(
    `jobtags eval: ${postings.length} postings, ${goldRows.length} with gold labels, ${failures.length} failed`,
  );
  for (const failure of failures.slice(0, 10)) console.log(`  failed: ${failure}`);
  for (const report of reports) {
    console.log(`\n## ${report.title}`);
    for (const [name, value] of Object.entries(report.figures)) {
      const floor = floors[name];
      const status =
        floor === undefined
          ? "(no floor)"
          : value + 1e-9 >= floor
            ? `>= floor ${floor}`
            : `BELOW FLOOR ${floor}`;
      console.log(`${name}: ${formatFigure(value)} ${status}`);
      if (floor !== undefined && value + 1e-9 < floor)
        broken.push(`${name} ${formatFigure(value)} < ${floor}`);
      if (raise && !UNFLOORED.has(name)) {
        const candidate = Math.floor(value * 1000) / 1000;
        if (candidate > (floor ?? Number.NEGATIVE_INFINITY)) floors[name] = candidate;
      }
    }
    for (const line of report.lines) console.log(line);
  }
  if (failures.length > 0) broken.push(`${failures.length} postings failed to tag`);
  if (raise) {
    writeFileSync(FLOORS_PATH, `${JSON.stringify(floors, Object.keys(floors).sort(), 2)}\n`);
    console.log(`\nfloors raised where the figures rose: ${FLOORS_PATH}`);
  }
  if (broken.length > 0) {
    console.log(`\neval FAILED: ${broken.join("; ")}`);
    return 1;
  }
  console.log("\neval passed: every figure at or above its floor");
  return 0;
}

process.exitCode = main();
