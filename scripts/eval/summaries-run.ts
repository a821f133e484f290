/**
 * Runs the summarize stage alone over the shared corpus, to iterate on summaries:
 * `npx tsx scripts/eval/summaries-run.ts [--crude] [--misses] [--all]`.
 *
 * Hashtags come from the board's published ones until the ranking stage is wired in; the body
 * is normalized with `normalizeBody` when the text stage provides it, else with a crude
 * markdown strip below (`--crude` forces it). Prints the checks of `evaluateSummaries`, role and
 * phrase agreement with the gold labels, and the time the stage takes per posting. `--misses`
 * lists phrases far from the gold ones, `--all` prints every line.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Category, Section } from "../../src/schema/enums";
import { findExperiencePhrase } from "../../src/summarize/phrase";
import { cleanRole } from "../../src/summarize/role";
import { summarize } from "../../src/summarize/summarize";
import type { SummaryInput } from "../../src/summarize/types";
import type { NormalizedText, TextLine } from "../../src/text/types";
import {
  type BoardPosting,
  formatFigure,
  type GoldRow,
  readJsonLines,
  sharedCorpusDir,
} from "./shared";
import { evaluateSummaries, type SummaryRow } from "./summaries";

type Normalize = (body: string) => NormalizedText;

async function loadNormalizer(): Promise<{ normalize: Normalize; name: string }> {
  const candidates = process.argv.includes("--crude")
    ? []
    : ["src/text/index.ts", "src/text/normalize.ts"];
  for (const candidate of candidates) {
    const path = resolve(process.cwd(), candidate);
    if (!existsSync(path)) continue;
    const module = (await import(pathToFileURL(path).href)) as { normalizeBody?: Normalize };
    if (typeof module.normalizeBody === "function") {
      const normalizeBody = module.normalizeBody;
      try {
        normalizeBody("## Requirements\n\n- 3+ years of experience with Go");
      } catch (error) {
        console.log(`${candidate} fails (${(error as Error).message}); using the crude normalizer`);
        break;
      }
      return { normalize: (body) => normalizeBody(body), name: candidate };
    }
  }
  return {
    normalize: crudeNormalize,
    name: "crude markdown strip (scripts/eval/summaries-run.ts)",
  };
}

const SECTION_CUES: Array<[Section, RegExp]> = [
  ["nice-to-have", /nice|bonus|plus|preferred|desirable|extra/i],
  [
    "requirements",
    /require|qualif|you have|you bring|about you|skills|looking for|who you are|must|experience|you.ll need|you need|profile|ideal candidate|expect/i,
  ],
  [
    "responsibilities",
    /responsib|you.ll do|you will do|the role|your role|duties|day to day|tasks|mission|job description|position/i,
  ],
  ["benefits", /benefit|perks|offer|compensation|salary|why join|in it for you/i],
  ["process", /process|how to apply|interview|next steps/i],
  ["legal", /equal|eeo|diversity|privacy|gdpr/i],
  ["about", /about|who we are|company|our story|the team/i],
];

/** Good enough to iterate before the real normalizer lands: strips common markdown, keeps offsets. */
function crudeNormalize(body: string): NormalizedText {
  const out: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const lines: TextLine[] = [];
  let section: Section = "other";
  let lineStart = 0;
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    const raw = body.slice(lineStart, lineEnd);
    const marker = /^\s*(#{1,6}\s+|[-*+•·]\s+|\d+[.)]\s+)?/.exec(raw)?.[0] ?? "";
    const bullet = /[-*+•·]\s|\d[.)]/.test(marker);
    let heading = marker.includes("#");
    const textStart = out.length;
    let pendingSpace = false;
    for (let i = lineStart + marker.length; i < lineEnd; i++) {
      const c = body.charAt(i);
      if (c === "*" || c === "`" || c === "\\" || c === "[") continue;
      if (
        c === "_" &&
        (i === lineStart || /\s/.test(body.charAt(i - 1)) || /[\s.,;:]|$/.test(body.charAt(i + 1)))
      )
        continue;
      if (c === "]" && body.charAt(i + 1) === "(") {
        const close = body.indexOf(")", i);
        if (close > 0 && close < lineEnd) i = close;
        continue;
      }
      if (/\s/.test(c)) {
        pendingSpace = out.length > textStart;
        continue;
      }
      if (pendingSpace) {
        out.push(32);
        starts.push(i - 1);
        ends.push(i);
        pendingSpace = false;
      }
      out.push(body.charCodeAt(i));
      starts.push(i);
      ends.push(i + 1);
    }
    if (out.length > textStart) {
      const text = String.fromCharCode(...out.slice(textStart));
      const bold = /^\s*\*\*[^*]+\*\*:?\s*$/.test(raw) || /^\s*_[^_]+_:?\s*$/.test(raw);
      if (bold || (text.endsWith(":") && text.length < 60 && !bullet)) heading = true;
      if (heading) section = SECTION_CUES.find(([, cue]) => cue.test(text))?.[0] ?? section;
      lines.push({ start: textStart, end: out.length, section, heading, bullet });
      out.push(10);
      starts.push(lineEnd);
      ends.push(lineEnd);
    }
    lineStart = lineEnd + 1;
  }
  return {
    original: body,
    format: "markdown",
    text: String.fromCharCode(...out),
    startOf: Int32Array.from(starts),
    endOf: Int32Array.from(ends),
    lines,
  };
}

function tokens(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}+#.]+/gu) ?? []);
}

function overlap(a: string, b: string): number {
  const x = tokens(a);
  const y = tokens(b);
  let shared = 0;
  for (const token of x) if (y.has(token)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

async function main(): Promise<void> {
  const corpusDir = sharedCorpusDir();
  if (!corpusDir) {
    console.log("no shared corpus found (../shared/corpus or $JOBTAGS_CORPUS)");
    return;
  }
  const postings = readJsonLines<BoardPosting>(resolve(corpusDir, "remotecrocodile.jsonl"));
  const gold = new Map(
    readJsonLines<GoldRow>(resolve(corpusDir, "dev-gold.jsonl")).map((row) => [row.id, row]),
  );
  const { normalize, name } = await loadNormalizer();
  console.log(`normalizer: ${name}`);

  const inputs: Array<{ posting: BoardPosting; input: SummaryInput }> = postings.map((posting) => {
    const label = gold.get(posting.id);
    return {
      posting,
      input: {
        title: posting.title,
        companyName: posting.companyName,
        text: normalize(posting.body),
        hashtags: posting.board.hashtags,
        category: (label?.category ??
          (posting.board.jobType === "software" ? "engineering" : "other")) as Category,
        yearsExperience: label?.yearsExperience ?? null,
      },
    };
  });

  // CPU time, best of several rounds: other work on the machine inflates wall time. A plain
  // character loop over the same bodies is timed as well, as a measure of the machine's speed.
  const rounds = 5;
  const cpuMicrosPerPosting = (work: (input: SummaryInput) => unknown): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round <= rounds; round++) {
      const started = process.cpuUsage();
      for (const { input } of inputs) work(input);
      const used = process.cpuUsage(started);
      if (round > 0) best = Math.min(best, (used.user + used.system) / inputs.length);
    }
    return best;
  };
  const summarizeMicros = cpuMicrosPerPosting((input) => summarize(input));
  const loopMicros = cpuMicrosPerPosting((input) => {
    let sum = 0;
    for (let i = 0; i < input.text.text.length; i++) sum += input.text.text.charCodeAt(i);
    return sum;
  });

  const rows: SummaryRow[] = inputs.map(({ posting, input }) => ({
    posting,
    result: summarize(input),
    phrase:
      findExperiencePhrase(input.text, { yearsExperience: input.yearsExperience })?.text ?? null,
    role: cleanRole(posting.title, posting.companyName),
  }));
  const report = evaluateSummaries(rows);
  console.log(`\n## ${report.title}`);
  for (const [figure, value] of Object.entries(report.figures))
    console.log(`${figure}: ${formatFigure(value)}`);
  for (const line of report.lines) console.log(line);

  let goldCount = 0;
  let roleMatches = 0;
  let phraseBoth = 0;
  let phraseExact = 0;
  let phraseClose = 0;
  let phraseNullAgree = 0;
  const misses: string[] = [];
  for (const { posting, input } of inputs) {
    const label = gold.get(posting.id);
    if (!label) continue;
    goldCount++;
    if (cleanRole(posting.title, posting.companyName).toLowerCase() === label.role.toLowerCase())
      roleMatches++;
    const ours =
      findExperiencePhrase(input.text, { yearsExperience: input.yearsExperience })?.text ?? null;
    if (ours === null || label.experiencePhrase === null) {
      if (ours === label.experiencePhrase) phraseNullAgree++;
      else misses.push(`  ${posting.id}\n    ours: ${ours}\n    gold: ${label.experiencePhrase}`);
      continue;
    }
    phraseBoth++;
    if (ours === label.experiencePhrase) phraseExact++;
    if (overlap(ours, label.experiencePhrase) >= 0.6) phraseClose++;
    else misses.push(`  ${posting.id}\n    ours: ${ours}\n    gold: ${label.experiencePhrase}`);
  }
  console.log(`\n## Against dev-gold (${goldCount} postings)`);
  console.log(`role (case-insensitive exact): ${formatFigure(roleMatches / goldCount)}`);
  console.log(
    `phrase: both present ${phraseBoth}, exact ${phraseExact}, close (token overlap >= 0.6) ${phraseClose}, both null ${phraseNullAgree}`,
  );
  console.log(
    `summarize: ${summarizeMicros.toFixed(1)} µs CPU per posting (best of ${rounds} rounds over ${inputs.length} postings); a plain character loop over the same bodies: ${loopMicros.toFixed(1)} µs`,
  );
  if (process.argv.includes("--misses")) for (const miss of misses) console.log(miss);
  if (process.argv.includes("--all")) {
    for (const row of rows)
      console.log(`${row.posting.id}\n  ${row.result.summary}\n  ${row.result.summaryBackup}`);
  }
}

await main();
