import type { TagResult } from "../../src/schema/result";
import { type GoldRow, type Report, ratio } from "./shared";

/** Sections whose mentions are not technologies of the job (perks, boilerplate). */
const NON_JOB_SECTIONS = new Set(["benefits", "legal"]);

/** The technologies a result says the posting names as part of the job. */
export function detectedTechnologies(result: TagResult): Set<string> {
  return new Set(
    result.tags
      .filter((tag) => tag.kind === "technology")
      .filter(
        (tag) =>
          tag.evidence.length === 0 ||
          tag.evidence.some((item) => !NON_JOB_SECTIONS.has(item.section)),
      )
      .map((tag) => tag.hashtag),
  );
}

function countTop(map: Map<string, number>, limit: number): string {
  return [...map]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([tag, count]) => `${tag} ${count}`)
    .join(", ");
}

/** Mention precision/recall against gold `mentioned` (issue 4). */
export function evaluateMentions(rows: Array<{ gold: GoldRow; result: TagResult }>): Report {
  let truePositives = 0;
  let detectedCount = 0;
  let goldCount = 0;
  const falsePositives = new Map<string, number>();
  const misses = new Map<string, number>();
  for (const { gold, result } of rows) {
    const detected = detectedTechnologies(result);
    const expected = new Set(gold.mentioned);
    detectedCount += detected.size;
    goldCount += expected.size;
    for (const tag of detected) {
      if (expected.has(tag)) truePositives += 1;
      else falsePositives.set(tag, (falsePositives.get(tag) ?? 0) + 1);
    }
    for (const tag of expected) if (!detected.has(tag)) misses.set(tag, (misses.get(tag) ?? 0) + 1);
  }
  const precision = ratio(truePositives, detectedCount);
  const recall = ratio(truePositives, goldCount);
  const f1 = ratio(2 * precision * recall, precision + recall);
  return {
    title: "Mentions (technology tags vs gold `mentioned`)",
    figures: { mentionPrecision: precision, mentionRecall: recall, mentionF1: f1 },
    lines: [
      `worst false positives: ${countTop(falsePositives, 25)}`,
      `worst misses: ${countTop(misses, 25)}`,
    ],
  };
}

function scoreHashtags(published: readonly string[], gold: GoldRow) {
  const allowed = new Set([
    ...gold.mentioned,
    ...gold.core,
    ...gold.areas.map((area) => `#${area}`),
  ]);
  const correct = published.filter((tag) => allowed.has(tag)).length;
  const coreFound = gold.core.filter((tag) => published.includes(tag)).length;
  return { correct, published: published.length, coreFound, core: gold.core.length };
}

/** Published hashtag precision and core recall, ours beside the board's (issue 5). */
export function evaluateHashtags(
  rows: Array<{ gold: GoldRow; result: TagResult; boardHashtags: readonly string[] }>,
): Report {
  const ours = { correct: 0, published: 0, coreFound: 0, core: 0 };
  const board = { correct: 0, published: 0, coreFound: 0, core: 0 };
  const wrong = new Map<string, number>();
  const missedCore = new Map<string, number>();
  for (const row of rows) {
    const mine = scoreHashtags(row.result.hashtags, row.gold);
    const theirs = scoreHashtags(row.boardHashtags, row.gold);
    for (const key of Object.keys(ours) as Array<keyof typeof ours>) {
      ours[key] += mine[key];
      board[key] += theirs[key];
    }
    const allowed = new Set([
      ...row.gold.mentioned,
      ...row.gold.core,
      ...row.gold.areas.map((a) => `#${a}`),
    ]);
    for (const tag of row.result.hashtags)
      if (!allowed.has(tag)) wrong.set(tag, (wrong.get(tag) ?? 0) + 1);
    for (const tag of row.gold.core)
      if (!row.result.hashtags.includes(tag)) missedCore.set(tag, (missedCore.get(tag) ?? 0) + 1);
  }
  return {
    title: "Published hashtags (vs gold mentioned ∪ areas ∪ core)",
    figures: {
      hashtagPrecision: ratio(ours.correct, ours.published),
      coreRecall: ratio(ours.coreFound, ours.core),
    },
    lines: [
      `board's published tags on the same postings: precision ${ratio(board.correct, board.published).toFixed(3)}, core recall ${ratio(board.coreFound, board.core).toFixed(3)}`,
      `hashtags per posting: ours ${ratio(ours.published, rows.length).toFixed(2)}, board ${ratio(board.published, rows.length).toFixed(2)}`,
      `wrongly published: ${countTop(wrong, 20)}`,
      `missed core: ${countTop(missedCore, 20)}`,
    ],
  };
}
