import { availableParallelism, cpus, loadavg } from "node:os";
import { scanCues } from "../src/classify/cues";
import {
  type ClassifyInput,
  classifyRole,
  detectEmploymentType,
  detectRemote,
  detectSeniority,
  detectYearsExperience,
  parseSalary,
  type RoleInput,
} from "../src/classify/index";
import { findMentions, getDefaultDictionary } from "../src/dictionary/index";
import { type RoleArea, roleAreas } from "../src/rank/areas";
import { defaultIdfModel } from "../src/rank/default-model";
import { publish } from "../src/rank/publish";
import { type LocatedMention, type ScoredConcept, scoreConcepts } from "../src/rank/score";
import type { Category, JobType } from "../src/schema/enums";
import type { PostingInput } from "../src/schema/posting";
import { summarize } from "../src/summarize/index";
import {
  type CompanyWords,
  companyWordsOf,
  createTagger,
  locateMentions,
  parsePosting,
  roleInputOf,
} from "../src/tagger";
import { normalizeBody } from "../src/text/index";
import type { NormalizedText } from "../src/text/types";
import { type BenchPosting, loadBenchCorpus } from "./corpus";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);

const { postings, source } = loadBenchCorpus();

// Every stage's input, made once the way the tagger makes it.
const dictionary = getDefaultDictionary();
const idf = defaultIdfModel();

interface Case {
  posting: BenchPosting;
  input: PostingInput;
  text: NormalizedText;
  companyWords: CompanyWords | undefined;
  located: LocatedMention[];
  scored: ScoredConcept[];
  areas: RoleArea[];
  classifyInput: ClassifyInput;
  roleInput: RoleInput;
  jobType: JobType;
  category: Category;
  hashtags: string[];
  yearsExperience: number | null;
}

const cases: Case[] = postings.map((posting) => {
  const input = parsePosting(posting);
  const text = normalizeBody(input.body);
  const companyWords = companyWordsOf(input.companyName);
  const located = locateMentions(dictionary, input.title, text, companyWords);
  const scored = scoreConcepts(dictionary, idf, located);
  const areas = roleAreas(input.title, scored);
  const classifyInput: ClassifyInput = {
    title: input.title,
    text: text.text,
    lineSections: text.lines.map((line) => line.section),
    location: input.location,
  };
  const roleInput = roleInputOf(classifyInput, scored, areas);
  const role = classifyRole(roleInput);
  const ranking = publish(input.title, scored, areas, role.jobType, 10);
  return {
    posting,
    input,
    text,
    companyWords,
    located,
    scored,
    areas,
    classifyInput,
    roleInput,
    jobType: role.jobType,
    category: role.category,
    hashtags: ranking.hashtags,
    yearsExperience: detectYearsExperience(classifyInput),
  };
});

/**
 * CPU µs per posting of each measure: one warm-up pass each, then ROUNDS rounds in which every
 * measure makes one pass over all postings in turn, so that all of them see the machine in
 * the same state (a shared machine's speed drifts by tens of percent within a minute); the
 * median pass counts.
 */
function measureAll(measures: Map<string, (item: Case) => unknown>): Map<string, number> {
  const passes = new Map<string, number[]>();
  for (const [name, work] of measures) {
    for (const item of cases) work(item);
    passes.set(name, []);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, work] of measures) {
      const before = process.cpuUsage();
      for (const item of cases) work(item);
      const used = process.cpuUsage(before);
      passes.get(name)?.push((used.user + used.system) / cases.length);
    }
  }
  const medians = new Map<string, number>();
  for (const [name, values] of passes) {
    values.sort((a, b) => a - b);
    medians.set(name, values[values.length >> 1] as number);
  }
  return medians;
}

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
const CUE_SCAN = "classify: cue scan (shared by the extractors)";
const EXTRACTORS = "classify: extractors (remote, years, seniority, employment, salary)";
const measures = new Map<string, (item: Case) => unknown>([
  [TAG, (item) => tagger.tag(item.posting)],
  [
    TOKENIZE,
    ({ posting }) => {
      for (const match of `${posting.title}\n${posting.body}`.toLowerCase().matchAll(WORD)) {
        if (vocabulary.has(match[0])) hits += 1;
      }
    },
  ],
  ["validate (parsePosting)", (item) => parsePosting(item.posting)],
  ["text (normalizeBody)", (item) => normalizeBody(item.input.body)],
  [
    DICTIONARY,
    (item) => {
      findMentions(dictionary, item.input.title);
      return findMentions(dictionary, item.text.text);
    },
  ],
  [LOCATE, (item) => locateMentions(dictionary, item.input.title, item.text, item.companyWords)],
  ["rank: scoreConcepts", (item) => scoreConcepts(dictionary, idf, item.located)],
  ["rank: roleAreas", (item) => roleAreas(item.input.title, item.scored)],
  ["rank: publish", (item) => publish(item.input.title, item.scored, item.areas, item.jobType, 10)],
  ["classify: classifyRole", (item) => classifyRole(item.roleInput)],
  [CUE_SCAN, (item) => scanCues(item.classifyInput.text)],
  // The extractors share one scan of the text (the last one is kept): timed with the scan,
  // less the scan alone.
  [
    EXTRACTORS,
    ({ classifyInput }) => {
      detectRemote(classifyInput);
      detectYearsExperience(classifyInput);
      detectSeniority(classifyInput);
      detectEmploymentType(classifyInput);
      return parseSalary(classifyInput);
    },
  ],
  [
    "summarize",
    (item) =>
      summarize(
        {
          title: item.input.title,
          companyName: item.input.companyName,
          text: item.text,
          hashtags: item.hashtags,
          category: item.category,
          yearsExperience: item.yearsExperience,
        },
        { maxLength: 280, variants: 0 },
      ),
  ],
]);

const micros = measureAll(measures);
if (hits < 0) throw new Error("unreachable");
const of = (name: string) => micros.get(name) as number;
const rows: Array<[string, number]> = [];
for (const [name, value] of micros) {
  if (name === TAG || name === TOKENIZE) continue;
  if (name === LOCATE) {
    rows.push(["evidence mapping (locateMentions less findMentions)", value - of(DICTIONARY)]);
  } else if (name === EXTRACTORS) {
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
const averageBytes = bodyBytes / postings.length;
const perSecond = (micros: number) => 1e6 / micros;
const format = (value: number, digits = 0) =>
  value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
const load = loadavg().map((value) => value.toFixed(2));
process.stdout.write(
  `Machine: ${cpu}, ${availableParallelism()} cores, Node ${process.version}, load average ${load.join(" ")}.\n` +
    `Postings: ${source} (${format(postings.length)} postings, ${format(averageBytes / 1024, 1)} KB of body on average); ` +
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
    `tag, one posting at a time, runs at ${format((tokenizeMicros / tagMicros) * 100, 1)}% of the ` +
    "tokenize-only rate; `npm run bench` also times `tagMany`, which tags in groups, stage by stage.\n",
);
