/**
 * Runs the classify stage's field extractors over the shared corpus, to iterate on them:
 * `npx tsx scripts/eval/fields-run.ts [--crude] [--salaries] [--years] [--roles] [--regions]`.
 *
 * Prints `evaluateFields` on dev-gold and the time the extractors take per posting over all
 * 1,275 postings. The body is normalized with `normalizeBody` when the text stage provides it
 * (`--crude`: with the markdown strip below instead). Spot checks over the whole corpus:
 * `--salaries` every salary found with its line, `--years` the years found with their
 * phrase, `--roles` the category and job type of every distinct title, `--regions` remote
 * policy and regions.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import {
  type ClassifyInput,
  classifyRole,
  detectEmploymentType,
  detectRemote,
  detectSeniority,
  findExperienceRequirement,
  parseSalary,
} from "../../src/classify/index";
import type { Section } from "../../src/schema/enums";
import { evaluateFields } from "./fields";
import {
  type BoardPosting,
  formatFigure,
  type GoldRow,
  readJsonLines,
  sharedCorpusDir,
} from "./shared";

interface Normalized {
  text: string;
  lineSections?: Section[];
}
type Normalize = (body: string) => Normalized;

async function loadNormalizer(crude: boolean): Promise<{ normalize: Normalize; name: string }> {
  const path = resolve(process.cwd(), "src/text/index.ts");
  if (!crude && existsSync(path)) {
    const module = (await import(pathToFileURL(path).href).catch((error: unknown) => {
      console.log(
        `fields-run: src/text did not load (${(error as Error).message}); using the crude strip`,
      );
      return {};
    })) as {
      normalizeBody?: (body: string) => { text: string; lines: Array<{ section: Section }> };
    };
    const normalizeBody = module.normalizeBody;
    if (typeof normalizeBody === "function" && worksOnSample(normalizeBody)) {
      return {
        normalize: (body) => {
          const normalized = normalizeBody(body);
          return {
            text: normalized.text,
            lineSections: normalized.lines.map((line) => line.section),
          };
        },
        name: "normalizeBody (src/text)",
      };
    }
  }
  return { normalize: crudeStrip, name: "crude markdown strip" };
}

/** The text stage is being built alongside; fall back to the crude strip while it is broken. */
function worksOnSample(normalizeBody: (body: string) => unknown): boolean {
  try {
    normalizeBody("## About\n\nWe are hiring.\n\n* 3+ years of Go\n* Salary: $100k");
    return true;
  } catch (error) {
    console.log(
      `fields-run: normalizeBody failed (${(error as Error).message}); using the crude strip`,
    );
    return false;
  }
}

/** Removes `*`, `#`, `\` escapes and link syntax; one block per line, single spaces. */
function crudeStrip(body: string): Normalized {
  const lines: string[] = [];
  for (const raw of body.split("\n")) {
    const line = raw
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/^\s*(?:#{1,6}\s+|[-*+•·]\s+|\d+[.)]\s+|\d+\\\.\s+)/, "")
      .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1")
      .replace(/[*#`]/g, "")
      .replace(/\s+/g, " ")
      .trim();
    if (line) lines.push(line);
  }
  return { text: lines.join("\n") };
}

function inputOf(posting: BoardPosting, normalized: Normalized): ClassifyInput {
  return {
    title: posting.title,
    text: normalized.text,
    ...(normalized.lineSections ? { lineSections: normalized.lineSections } : {}),
    ...(posting.location ? { location: posting.location } : {}),
  };
}

function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index - 1) + 1;
  const end = text.indexOf("\n", index);
  return text.slice(start, end === -1 ? text.length : end);
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const corpusDir = sharedCorpusDir();
  if (!corpusDir) {
    console.log("fields-run: no shared corpus found (../shared/corpus or $JOBTAGS_CORPUS)");
    return;
  }
  const postings = readJsonLines<BoardPosting>(resolve(corpusDir, "remotecrocodile.jsonl"));
  const gold = readJsonLines<GoldRow>(resolve(corpusDir, "dev-gold.jsonl"));
  const byId = new Map(postings.map((posting) => [posting.id, posting]));
  const { normalize, name } = await loadNormalizer(args.has("--crude"));

  const normalized = new Map(postings.map((posting) => [posting.id, normalize(posting.body)]));
  const rows = gold.flatMap((row) => {
    const posting = byId.get(row.id);
    const text = normalized.get(row.id);
    if (!posting || !text) return [];
    return [
      {
        posting,
        gold: row,
        text: text.text,
        ...(text.lineSections ? { lineSections: text.lineSections } : {}),
      },
    ];
  });
  const report = evaluateFields(rows);
  console.log(`## ${report.title} — ${rows.length} gold rows, text: ${name}`);
  for (const [figure, value] of Object.entries(report.figures))
    console.log(`${figure}: ${formatFigure(value)}`);
  for (const line of report.lines) console.log(line);

  const inputs = postings.map((posting) => ({
    posting,
    input: inputOf(posting, normalized.get(posting.id) ?? { text: "" }),
  }));
  const rounds = 5;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const { input } of inputs) {
      detectSeniority(input);
      detectEmploymentType(input);
      detectRemote(input);
      parseSalary(input);
      findExperienceRequirement(input);
      classifyRole(input);
    }
  }
  const perPosting = (performance.now() - started) / (rounds * inputs.length);
  console.log(
    `\ntime: ${(perPosting * 1000).toFixed(1)} µs per posting for all extractors (${inputs.length} postings x ${rounds})`,
  );

  if (args.has("--salaries")) {
    console.log("\n## salaries over the whole corpus");
    for (const { posting, input } of inputs) {
      const salary = parseSalary(input);
      if (salary) {
        const line =
          input.text
            .split("\n")
            .find(
              (text) =>
                /\d/.test(text) && /salary|compensation|pay|rate|base|ote|\$|€|£|pln/i.test(text),
            ) ?? "";
        console.log(
          `${salary.min ?? "?"}-${salary.max ?? "?"} ${salary.currency}/${salary.period} | ${posting.id.slice(0, 40)} | ${line.slice(0, 140)}`,
        );
      }
    }
  }
  if (args.has("--years")) {
    console.log("\n## years of experience over the whole corpus");
    const counts = new Map<string, number>();
    for (const { posting, input } of inputs) {
      const found = findExperienceRequirement(input);
      counts.set(String(found?.years ?? null), (counts.get(String(found?.years ?? null)) ?? 0) + 1);
      if (found) {
        console.log(
          `${found.years} | ${posting.id.slice(0, 36)} | ${input.text.slice(found.start, found.end)} ‖ ${lineAt(input.text, found.matchStart).slice(0, 80)}`,
        );
      }
    }
    console.log(
      [...counts]
        .sort()
        .map(([years, count]) => `${years}: ${count}`)
        .join(", "),
    );
  }
  if (args.has("--roles")) {
    console.log("\n## roles of distinct titles");
    const seen = new Set<string>();
    for (const { posting, input } of inputs) {
      if (seen.has(posting.title)) continue;
      seen.add(posting.title);
      const role = classifyRole(input);
      const seniority = detectSeniority(input);
      console.log(
        `${role.jobType.padEnd(8)} ${role.category.padEnd(18)} ${String(role.confidence.category).padEnd(4)} ${seniority.padEnd(11)} board=${posting.board.jobType.padEnd(8)} ${posting.title}`,
      );
    }
  }
  if (args.has("--regions")) {
    console.log("\n## remote policy and regions");
    for (const { posting, input } of inputs) {
      const remote = detectRemote(input);
      console.log(
        `${remote.remote.padEnd(11)} ${remote.regions.join(",").padEnd(28)} ${posting.location ?? ""} | ${posting.title}`,
      );
    }
  }
}

await main();
