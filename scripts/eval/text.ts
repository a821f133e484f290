import { performance } from "node:perf_hooks";
import { decodeHTML } from "entities/decode";
import { normalizeBody } from "../../src/text";
import type { NormalizedText } from "../../src/text/types";

export interface TextEvaluation {
  title: string;
  figures: Record<string, number>;
  lines: string[];
}

/**
 * Legal boilerplate as a reader would spot it, on the raw body. Deliberately looser than and
 * separate from the section stage's cues, so that `legalRecognized` measures the stage.
 */
const CONTAINS_LEGAL =
  /equal (?:employment )?opportunit|\beeo\b|discriminat|without regard to|regardless of (?:race|age|gender|sex|religion|colou?r|national|sexual|ethnic)|sexual orientation|gender identity|protected veteran|privacy (?:policy|notice)|\bgdpr\b|data protection|recruit\w* agenc|unsolicited|affirmative action|reasonable accommodation/i;

const WARMUP_ROUNDS = 2;
const TIMING_ROUNDS = 5;

/**
 * Measures the text stage on postings: how often a requirements section is found, how often
 * legal boilerplate present in the body is labelled `legal`, whether offsets map back to the
 * source, and how fast the normalizer runs.
 */
export function evaluateText(
  postings: Array<{ id: string; title: string; body: string }>,
): TextEvaluation {
  let normalized = 0;
  let failed = 0;
  let withRequirements = 0;
  let containingLegal = 0;
  let legalRecognized = 0;
  let units = 0;
  let unitsMapped = 0;
  const failures: string[] = [];
  for (const posting of postings) {
    let nt: NormalizedText;
    try {
      nt = normalizeBody(posting.body);
    } catch (error) {
      failed++;
      if (failures.length < 5) failures.push(`${posting.id}: ${(error as Error).message}`);
      continue;
    }
    normalized++;
    if (nt.lines.some((line) => line.section === "requirements")) withRequirements++;
    if (CONTAINS_LEGAL.test(posting.body)) {
      containingLegal++;
      if (nt.lines.some((line) => line.section === "legal")) legalRecognized++;
    }
    const mapping = checkUnitMapping(nt);
    units += mapping.units;
    unitsMapped += mapping.mapped;
  }

  const bytes = postings.reduce((sum, posting) => sum + Buffer.byteLength(posting.body), 0);
  let best = Number.POSITIVE_INFINITY;
  for (let round = -WARMUP_ROUNDS; round < TIMING_ROUNDS; round++) {
    const started = performance.now();
    for (const posting of postings) {
      try {
        normalizeBody(posting.body);
      } catch {
        // counted above
      }
    }
    if (round >= 0) best = Math.min(best, performance.now() - started);
  }
  const seconds = best / 1000;

  const figures: Record<string, number> = {
    postings: postings.length,
    normalizeFailures: failed,
    requirementsFound: ratio(withRequirements, normalized),
    legalContained: containingLegal,
    legalRecognized: ratio(legalRecognized, containingLegal),
    unitMappingHolds: ratio(unitsMapped, units),
    normalizerMBps: round2(bytes / 1e6 / seconds),
    normalizerPostingsPerSecond: Math.round(postings.length / seconds),
  };
  const lines = [
    `normalized ${normalized}/${postings.length} bodies (${failed} refused)`,
    `requirements section found in ${percent(figures.requirementsFound)} of postings`,
    `legal boilerplate labelled in ${legalRecognized}/${containingLegal} postings that contain it (${percent(figures.legalRecognized)})`,
    `offsets map back to their source for ${unitsMapped}/${units} units (${percent(figures.unitMappingHolds)})`,
    `normalizer: ${figures.normalizerMBps} MB/s, ${figures.normalizerPostingsPerSecond} postings/s (best of ${TIMING_ROUNDS} rounds, one thread)`,
    ...failures.map((failure) => `refused: ${failure}`),
  ];
  return { title: "Text stage (normalize, sections)", figures, lines };
}

/**
 * For every unit of the text (spaces and line breaks aside), the span it maps to must be its
 * source: the unit itself, a smart quote it was made ASCII from, a markdown escape (`\\+`) or
 * an entity (`&amp;`, `&amp;amp;` in escaped HTML). Also counts the words whose span runs
 * forward. Independent of the normalizer's own code paths.
 */
export function checkUnitMapping(nt: NormalizedText): { units: number; mapped: number } {
  const { text, original, startOf, endOf } = nt;
  let units = 0;
  let mapped = 0;
  let previousEnd = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a) continue;
    units++;
    const start = startOf[i] as number;
    const end = endOf[i] as number;
    if (start >= end || start < previousEnd - 16) continue;
    previousEnd = end;
    if (decodeSource(original.slice(start, end)).includes(text.charAt(i))) mapped++;
  }
  return { units, mapped };
}

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2035]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb]/g;

function decodeSource(source: string): string {
  let decoded = source;
  if (decoded.length === 2 && decoded.charAt(0) === "\\") decoded = decoded.charAt(1);
  for (let round = 0; round < 2 && decoded.charAt(0) === "&"; round++)
    decoded = decodeHTML(decoded);
  return decoded.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10000) / 10000;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function percent(value: number | undefined): string {
  return `${((value ?? 0) * 100).toFixed(1)}%`;
}
