/**
 * Where `tag` spends its time: CPU µs per posting of every stage, measured alone over the whole
 * corpus with the inputs the tagger would give it, then the full `tag` (postings/s, MB/s of
 * body text) and a tokenize-only pass (lower-case, split on word characters, one Map lookup per
 * token) over the same postings, in one run. Prints a markdown table.
 *
 * Run: `npx tsx benchmarks/pipeline.ts`. Postings come from ../shared/corpus/remotecrocodile.jsonl
 * when present, else from corpus/postings/*.md. BENCH_ROUNDS (default 7) rounds, each a timed
 * pass of every measure in turn, after one warm-up pass each; the median pass counts. CPU time
 * (process.cpuUsage), not wall time, so that other processes on a shared machine weigh less;
 * the load average is printed.
 *
 * "glue and interleaving" is `tag` less the sum of the stages: the tagger's own work (building
 * the stage inputs and the result) and what running the stages one after another per posting
 * costs over running each alone (caches shared by all of them).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { scanCues } from "../src/classify/cues";
import {
  type ClassifyInput,
  classifyRole,
  detectEmploymentType,
  detectRemote,
  detectSeniority,
  detectYearsExperience,
  parseSalary,
} from "../src/classify/index";
import { findMentions, getDefaultDictionary } from "../src/dictionary/index";
import { roleAreas } from "../src/rank/areas";
import { defaultIdfModel } from "../src/rank/default-model";
import { publish } from "../src/rank/publish";
import { scoreConcepts } from "../src/rank/score";
import { parseMarkdownPosting } from "../src/read/markdown";
import { summarize } from "../src/summarize/index";
import {
  companyWordsOf,
  createTagger,
  locateMentions,
  parsePosting,
  roleInputOf,
} from "../src/tagger";
import { normalizeBody } from "../src/text/index";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SHARED_CORPUS = join(ROOT, "..", "shared", "corpus", "remotecrocodile.jsonl");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

interface Posting {
  id?: string;
  title: string;
  companyName?: string;
  location?: string;
  url?: string;
  body: string;
}

function loadPostings(): { postings: Posting[]; source: string } {
  if (existsSync(SHARED_CORPUS)) {
    const postings = readFileSync(SHARED_CORPUS, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => {
        const { id, title, companyName, location, url, body } = JSON.parse(line) as Posting;
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
          .posting as Posting,
    );
  return { postings, source: "corpus/postings/*.md" };
}

const { postings, source } = loadPostings();
const count = postings.length;

/**
 * CPU µs per posting of each measure: one warm-up pass each, then ROUNDS rounds in which every
 * measure makes one pass over all postings in turn, so that all of them see the machine in
 * the same state (a shared machine's speed drifts by tens of percent within a minute); the
 * median pass counts.
 */
function measureAll(measures: Map<string, (index: number) => unknown>): Map<string, number> {
  const passes = new Map<string, number[]>();
  for (const [name, work] of measures) {
    for (let index = 0; index < count; index++) work(index);
    passes.set(name, []);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, work] of measures) {
      const before = process.cpuUsage();
      for (let index = 0; index < count; index++) work(index);
      const used = process.cpuUsage(before);
      passes.get(name)?.push((used.user + used.system) / count);
    }
  }
  const medians = new Map<string, number>();
  for (const [name, values] of passes) {
    values.sort((a, b) => a - b);
    medians.set(name, values[values.length >> 1] as number);
  }
  return medians;
}

// Every stage's input, made once the way the tagger makes it.
const dictionary = getDefaultDictionary();
const idf = defaultIdfModel();
const inputs = postings.map((posting) => parsePosting(posting));
const texts = inputs.map((input) => normalizeBody(input.body));
const companyWords = inputs.map((input) => companyWordsOf(input.companyName));
const located = inputs.map((input, i) =>
  locateMentions(dictionary, input.title, texts[i]!, companyWords[i]),
);
const scored = located.map((mentions) => scoreConcepts(dictionary, idf, mentions));
const areas = inputs.map((input, i) => roleAreas(input.title, scored[i]!));
const classifyInputs: ClassifyInput[] = inputs.map((input, i) => ({
  title: input.title,
  text: texts[i]!.text,
  lineSections: texts[i]!.lines.map((line) => line.section),
  location: input.location,
}));
const roleInputs = classifyInputs.map((input, i) => roleInputOf(input, scored[i]!, areas[i]!));
const roles = roleInputs.map((input) => classifyRole(input));
const rankings = inputs.map((input, i) =>
  publish(input.title, scored[i]!, areas[i]!, roles[i]!.jobType, 10),
);
const years = classifyInputs.map((input) => detectYearsExperience(input));

// The floor any tagger reading every word pays (as benchmarks/run.ts measures it).
const WORD = /\w+/g;
const vocabulary = new Map<string, number>();
for (const posting of postings) {
  for (const match of posting.body.toLowerCase().matchAll(WORD)) {
    if (vocabulary.size >= 5000) break;
    vocabulary.set(match[0], vocabulary.size);
  }
}
let hits = 0;
const tagger = createTagger();

const TAG = "tag";
const TOKENIZE = "tokenize-only";
const DICTIONARY = "dictionary (findMentions, title + body)";
const LOCATE = "locateMentions";
const CUE_SCAN = "classify: cue scan (shared)";
const measures = new Map<string, (index: number) => unknown>([
  [TAG, (i) => tagger.tag(postings[i])],
  [
    TOKENIZE,
    (i) => {
      const posting = postings[i] as Posting;
      for (const match of `${posting.title}\n${posting.body}`.toLowerCase().matchAll(WORD)) {
        if (vocabulary.has(match[0])) hits += 1;
      }
    },
  ],
  ["validate (parsePosting)", (i) => parsePosting(postings[i])],
  ["text (normalizeBody)", (i) => normalizeBody(inputs[i]!.body)],
  [
    DICTIONARY,
    (i) => {
      findMentions(dictionary, inputs[i]!.title);
      return findMentions(dictionary, texts[i]!.text);
    },
  ],
  [LOCATE, (i) => locateMentions(dictionary, inputs[i]!.title, texts[i]!, companyWords[i])],
  ["rank: scoreConcepts", (i) => scoreConcepts(dictionary, idf, located[i]!)],
  ["rank: roleAreas", (i) => roleAreas(inputs[i]!.title, scored[i]!)],
  ["rank: publish", (i) => publish(inputs[i]!.title, scored[i]!, areas[i]!, roles[i]!.jobType, 10)],
  ["classify: classifyRole", (i) => classifyRole(roleInputs[i]!)],
  [CUE_SCAN, (i) => scanCues(classifyInputs[i]!.text)],
]);
// The extractors share one cue scan of the text (the last scan is kept): each is timed with
// the scan, less the scan alone.
const EXTRACTORS: Array<[string, (input: ClassifyInput) => unknown]> = [
  ["classify: detectRemote", detectRemote],
  ["classify: detectYearsExperience", detectYearsExperience],
  ["classify: detectSeniority", detectSeniority],
  ["classify: detectEmploymentType", detectEmploymentType],
  ["classify: parseSalary", parseSalary],
];
for (const [name, extract] of EXTRACTORS) {
  measures.set(name, (i) => {
    scanCues(classifyInputs[i]!.text);
    return extract(classifyInputs[i]!);
  });
}
measures.set("summarize", (i) =>
  summarize(
    {
      title: inputs[i]!.title,
      companyName: inputs[i]!.companyName,
      text: texts[i]!,
      hashtags: rankings[i]!.hashtags,
      category: roles[i]!.category,
      yearsExperience: years[i]!,
    },
    { maxLength: 280, variants: 0 },
  ),
);

const micros = measureAll(measures);
if (hits < 0) throw new Error("unreachable");
const of = (name: string) => micros.get(name) as number;
const rows: Array<[string, number]> = [];
for (const [name, value] of micros) {
  if (name === TAG || name === TOKENIZE) continue;
  if (name === LOCATE) {
    rows.push(["evidence mapping (locateMentions less findMentions)", value - of(DICTIONARY)]);
  } else if (EXTRACTORS.some(([extractor]) => extractor === name)) {
    rows.push([name, value - of(CUE_SCAN)]);
  } else {
    rows.push([name, value]);
  }
}
const tagMicros = of(TAG);
const tokenizeMicros = of(TOKENIZE);
const stagesMicros = rows.reduce((sum, [, value]) => sum + value, 0);
rows.push(["glue and interleaving (tag less the stages)", tagMicros - stagesMicros]);

const bodyBytes = postings.reduce((sum, posting) => sum + Buffer.byteLength(posting.body), 0);
const averageBytes = bodyBytes / count;
const perSecond = (micros: number) => 1e6 / micros;
const format = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
const load = loadavg().map((value) => value.toFixed(2));
process.stdout.write(
  `Machine: ${cpu}, ${availableParallelism()} cores, Node ${process.version}, load average ${load.join(" ")}.\n` +
    `Postings: ${source} (${format(count)} postings, ${format(averageBytes / 1024, 1)} KB of body on average); ` +
    `CPU time, median of ${ROUNDS} passes, one thread.\n\n` +
    "| stage | CPU µs/posting | share of `tag` |\n| --- | ---: | ---: |\n" +
    rows
      .map(
        ([name, value]) =>
          `| ${name} | ${format(value, 1)} | ${format((value / tagMicros) * 100, 1)}% |`,
      )
      .join("\n") +
    `\n| **tag (full pipeline)** | **${format(tagMicros, 1)}** | 100% |\n\n` +
    "| measure | postings/s | MB/s of body text |\n| --- | ---: | ---: |\n" +
    `| tag, one thread | ${format(perSecond(tagMicros))} | ${format((perSecond(tagMicros) * averageBytes) / 1e6, 1)} |\n` +
    `| tokenize-only, one thread | ${format(perSecond(tokenizeMicros))} | ${format((perSecond(tokenizeMicros) * averageBytes) / 1e6, 1)} |\n\n` +
    `tag runs at ${format((tokenizeMicros / tagMicros) * 100, 1)}% of the tokenize-only rate ` +
    `(target: at least 33.3%, and at least 5,000 postings/s).\n`,
);
