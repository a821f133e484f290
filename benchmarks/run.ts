/**
 * Throughput, memory and start-up benchmarks, all in one run, printed as a markdown table
 * with the machine it ran on (for the README):
 *
 * - the library on one thread (postings/s, MB/s of body text): `tagMany` over whole passes,
 *   as a batch tagger calls it, and `tag` one posting at a time,
 * - a tokenize-only pass over the same postings (lower-case, split on word characters, one Map
 *   lookup per token): the practical ceiling for any tagger that reads every word,
 * - the CLI with --jobs 1 and --jobs 2 (wall time, start-up included; postings/s, MB/s), and
 *   beside them two separate --jobs 1 processes each tagging its own half of the records (what
 *   two cores give two independent runtimes on this machine); again with --jobs 1 and 2 on a
 *   long run from a file, where each thread's warm-up is paid once,
 * - peak RSS of the CLI streaming 100,000 postings from stdin (default jobs),
 * - CLI cold start: `jobtags --version` and a one-line `jobtags tag` (median of several runs).
 *
 * Run after `npm run build`: `npx tsx benchmarks/run.ts`. The CLI runs from dist/.
 * Postings come from ../shared/corpus/remotecrocodile.jsonl when present, else from
 * corpus/postings/*.md, repeated with new ids to reach the sizes below.
 * Sizes: BENCH_SECONDS (library, per measure; 3), BENCH_CLI_POSTINGS (10000),
 * BENCH_STREAM_POSTINGS (100000), BENCH_LARGE_POSTINGS (100000), BENCH_COLD_RUNS (15).
 */
import { spawn } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { join } from "node:path";
import type { TaggerOptions } from "../src/schema/options";
import type { TagResult } from "../src/schema/result";
import { type BenchPosting, loadBenchCorpus, ROOT } from "./corpus";

const CLI = join(ROOT, "dist", "cli.js");
const WORK = join(ROOT, ".tmp", "bench");

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CLI_POSTINGS = Number(process.env.BENCH_CLI_POSTINGS ?? 10_000);
const STREAM_POSTINGS = Number(process.env.BENCH_STREAM_POSTINGS ?? 100_000);
const LARGE_POSTINGS = Number(process.env.BENCH_LARGE_POSTINGS ?? 100_000);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);

/** The corpus repeated to `count` postings, ids made unique. */
function* repeated(postings: readonly BenchPosting[], count: number): Generator<BenchPosting> {
  for (let index = 0; index < count; index += 1) {
    const posting = postings[index % postings.length] as BenchPosting;
    yield { ...posting, id: `${posting.id}~${Math.floor(index / postings.length)}` };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Work over a run of postings: one pass of a measure. */
type Pass = (postings: readonly BenchPosting[]) => void;

/** Postings per second of `pass` over `postings` once, after a few postings to load code. */
function firstPassRate(postings: readonly BenchPosting[], pass: Pass) {
  pass(postings.slice(0, 50));
  const started = performance.now();
  pass(postings);
  return postings.length / ((performance.now() - started) / 1000);
}

/** Postings per second of `pass` over whole passes of `postings`, for at least `seconds`. */
function steadyRate(postings: readonly BenchPosting[], seconds: number, pass: Pass): number {
  let done = 0;
  let elapsed = 0;
  const started = performance.now();
  do {
    pass(postings);
    done += postings.length;
    elapsed = (performance.now() - started) / 1000;
  } while (elapsed < seconds);
  return done / elapsed;
}

/**
 * Steady rates of each pass, measured in alternating rounds (medians), and for each the median
 * of the rounds' ratios to the last pass, the reference: this machine's speed drifts over
 * minutes, and two measures taken one after the other would compare two speeds of the machine.
 */
function alternatingRates(
  postings: readonly BenchPosting[],
  seconds: number,
  passes: readonly Pass[],
): Array<{ rate: number; ratio: number }> {
  const rounds = 5;
  const rates: number[][] = passes.map(() => []);
  const ratios: number[][] = passes.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    const roundRates = passes.map((pass) => steadyRate(postings, seconds / rounds, pass));
    const reference = roundRates[roundRates.length - 1] as number;
    roundRates.forEach((rate, index) => {
      rates[index]?.push(rate);
      ratios[index]?.push(rate / reference);
    });
  }
  return passes.map((_, index) => ({
    rate: median(rates[index] as number[]),
    ratio: median(ratios[index] as number[]),
  }));
}

const WORD = /\w+/g;

/** The floor any tagger reading every word pays: lower-case, split, one Map lookup a token. */
function tokenizeOnly(vocabulary: Map<string, number>): Pass {
  let hits = 0;
  return (postings) => {
    for (const posting of postings) {
      const text = `${posting.title}\n${posting.body}`.toLowerCase();
      for (const match of text.matchAll(WORD)) if (vocabulary.has(match[0])) hits += 1;
    }
    if (hits < 0) throw new Error("unreachable");
  };
}

function vocabularyOf(postings: readonly BenchPosting[], size: number): Map<string, number> {
  const vocabulary = new Map<string, number>();
  for (const posting of postings) {
    for (const match of posting.body.toLowerCase().matchAll(WORD)) {
      if (vocabulary.size >= size) return vocabulary;
      vocabulary.set(match[0], vocabulary.size);
    }
  }
  return vocabulary;
}

interface ChildRun {
  milliseconds: number;
  code: number | null;
  stderr: string;
  maxRssKb?: number;
  /** CPU seconds of the whole process, every thread (user + system). */
  cpuSeconds?: number;
}

/**
 * Runs the CLI with stdout discarded; `feed` writes stdin with backpressure. With `rss`, a
 * preload reports the process's peak resident memory (all threads) when it exits.
 */
function runCli(
  args: string[],
  feed?: (stdin: NodeJS.WritableStream) => Promise<void>,
  rss = false,
): Promise<ChildRun> {
  const rssFile = join(WORK, `rss-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const preload = join(WORK, "report-rss.cjs");
  const nodeArgs = rss ? ["--require", preload, CLI, ...args] : [CLI, ...args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, nodeArgs, {
      stdio: ["pipe", "ignore", "pipe"],
      env: { ...process.env, JOBTAGS_BENCH_RSS_FILE: rssFile },
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const milliseconds = performance.now() - started;
      const usage = rss && existsSync(rssFile) ? readFileSync(rssFile, "utf8").split(" ") : [];
      resolve({
        milliseconds,
        code,
        stderr,
        ...(usage.length === 2
          ? { maxRssKb: Number(usage[0]), cpuSeconds: Number(usage[1]) / 1e6 }
          : {}),
      });
    });
    child.stdin.on("error", () => {});
    if (feed) feed(child.stdin).then(() => child.stdin.end(), reject);
    else child.stdin.end();
  });
}

async function writeLines(
  stdin: NodeJS.WritableStream,
  postings: Iterable<BenchPosting>,
): Promise<void> {
  let chunk = "";
  for (const posting of postings) {
    chunk += `${JSON.stringify(posting)}\n`;
    if (chunk.length > 256 * 1024) {
      if (!stdin.write(chunk)) await new Promise((resolve) => stdin.once("drain", resolve));
      chunk = "";
    }
  }
  if (chunk !== "") stdin.write(chunk);
}

function lastLine(stderr: string): string {
  return stderr.trimEnd().split("\n").at(-1) ?? "";
}

function format(value: number, digits = 0): string {
  return value.toLocaleString("en-US", {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

/** A JSON Lines file named `name` in the work folder, written with backpressure. */
async function writeFeedFile(name: string, postings: Iterable<BenchPosting>): Promise<string> {
  const file = join(WORK, `${name}.jsonl`);
  const stream = createWriteStream(file);
  await writeLines(stream, postings);
  await new Promise((resolve, reject) => stream.end(resolve).on("error", reject));
  return file;
}

/** A JSON Lines file of `count` postings (the corpus repeated). */
function writeFeed(postings: readonly BenchPosting[], count: number): Promise<string> {
  return writeFeedFile(`cli-${count}`, repeated(postings, count));
}

/** Times the CLI with --jobs 1 and --jobs 2 on `file`; adds a row for each, returns the rates. */
async function jobsRows(
  file: string,
  count: number,
  rows: Array<[string, string, string]>,
  log: (message: string) => void,
  averageBytes: number,
): Promise<number[]> {
  const rates: number[] = [];
  for (const jobs of [1, 2]) {
    log(`CLI --jobs ${jobs}, ${count} postings...`);
    const run = await runCli(
      ["tag", "--jobs", String(jobs), "--no-progress", file],
      undefined,
      true,
    );
    if (run.code !== 0 && run.code !== 1) throw new Error(`jobtags failed: ${run.stderr}`);
    const rate = count / (run.milliseconds / 1000);
    rates.push(rate);
    rows.push([
      `CLI --jobs ${jobs} (${format(count)} postings, wall time)`,
      `${format(rate)} postings/s, ${format((rate * averageBytes) / 1e6, 1)} MB/s`,
      `${jobs === 1 ? "" : `${format(rate / (rates[0] as number), 2)}x --jobs 1, `}peak RSS ${format((run.maxRssKb ?? 0) / 1024)} MB, CPU ${format(run.cpuSeconds ?? 0, 1)} s (all threads)`,
    ]);
  }
  return rates;
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `npm run build` first");
  mkdirSync(WORK, { recursive: true });
  writeFileSync(
    join(WORK, "report-rss.cjs"),
    'process.on("exit", () => { const file = process.env.JOBTAGS_BENCH_RSS_FILE; if (file) { const usage = process.resourceUsage(); require("node:fs").writeFileSync(file, usage.maxRSS + " " + (usage.userCPUTime + usage.systemCPUTime)); } });\n',
  );

  const { postings, source } = loadBenchCorpus();
  const bodyBytes = postings.reduce((sum, posting) => sum + Buffer.byteLength(posting.body), 0);
  const averageBytes = bodyBytes / postings.length;
  const rows: Array<[string, string, string]> = [];
  const log = (message: string) => process.stderr.write(`${message}\n`);

  // The shipped build when it loads, so library and CLI figures describe the same code.
  type Library = {
    createTagger: (options?: TaggerOptions) => {
      tag(posting: unknown): TagResult;
      tagMany(postings: readonly unknown[]): unknown[];
    };
  };
  const library = (await import(join(ROOT, "dist", "index.js")).catch(
    () => import("../src/tagger"),
  )) as Library;

  log(`library, one thread, and the tokenize-only pass, ${SECONDS} s each...`);
  const tagger = library.createTagger();
  // `tagMany` as a batch tagger calls it; `tag` as a caller with one posting at a time does.
  const tagMany: Pass = (batch) => {
    tagger.tagMany(batch);
  };
  const tagEach: Pass = (batch) => {
    for (const posting of batch) tagger.tag(posting);
  };
  const tokenize = tokenizeOnly(vocabularyOf(postings, 5000));
  const firstPass = firstPassRate(postings, tagMany);
  // Their first passes only warm them up, as the library's did.
  firstPassRate(postings, tagEach);
  firstPassRate(postings, tokenize);
  const [many, each, ceiling] = alternatingRates(postings, SECONDS, [tagMany, tagEach, tokenize]);
  const megabytes = (rate: number) => format((rate * averageBytes) / 1e6, 1);
  const share = (ratio: number) => `${format(ratio * 100, 1)}% of tokenize-only`;
  rows.push([
    "library, one thread, `tagMany`, first pass",
    `${format(firstPass)} postings/s`,
    `${megabytes(firstPass)} MB/s of body text; each posting seen once`,
  ]);
  rows.push([
    "library, one thread, `tagMany`, repeated passes",
    `${format(many?.rate ?? 0)} postings/s`,
    `${megabytes(many?.rate ?? 0)} MB/s of body text; ${share(many?.ratio ?? 0)}`,
  ]);
  rows.push([
    "library, one thread, `tag` one posting at a time, repeated passes",
    `${format(each?.rate ?? 0)} postings/s`,
    `${megabytes(each?.rate ?? 0)} MB/s of body text; ${share(each?.ratio ?? 0)}`,
  ]);
  rows.push([
    "tokenize-only, repeated passes (ceiling)",
    `${format(ceiling?.rate ?? 0)} postings/s`,
    "ratios above: medians of 5 alternating rounds",
  ]);

  const feedFile = await writeFeed(postings, CLI_POSTINGS);
  const cliRates = await jobsRows(feedFile, CLI_POSTINGS, rows, log, averageBytes);
  // The machine's own ceiling for two tagging runtimes: two independent --jobs 1 processes,
  // each on its own half of the same postings, started together; wall time until both end.
  // Each pays its own warm-up, as each thread of --jobs 2 does.
  const feed = [...repeated(postings, CLI_POSTINGS)];
  const half = Math.ceil(feed.length / 2);
  const halfFiles = await Promise.all([
    writeFeedFile("half-1", feed.slice(0, half)),
    writeFeedFile("half-2", feed.slice(half)),
  ]);
  log(`two processes, --jobs 1 on half of ${CLI_POSTINGS} postings each...`);
  const started = performance.now();
  const halves = await Promise.all(
    halfFiles.map((file) => runCli(["tag", "--jobs", "1", "--no-progress", file])),
  );
  for (const run of halves) {
    if (run.code !== 0 && run.code !== 1) throw new Error(`jobtags failed: ${run.stderr}`);
  }
  const processesRate = CLI_POSTINGS / ((performance.now() - started) / 1000);
  for (const file of halfFiles) rmSync(file);
  rows.push([
    `two processes, --jobs 1 on half the ${format(CLI_POSTINGS)} postings each`,
    `${format(processesRate)} postings/s`,
    `${format(processesRate / (cliRates[0] as number), 2)}x --jobs 1: this machine's ceiling for two runtimes`,
  ]);

  log(`CLI streaming ${STREAM_POSTINGS} postings from stdin...`);
  const stream = await runCli(
    ["tag", "--no-progress"],
    (stdin) => writeLines(stdin, repeated(postings, STREAM_POSTINGS)),
    true,
  );
  rows.push([
    `CLI streaming ${format(STREAM_POSTINGS)} postings (default jobs)`,
    `peak RSS ${format((stream.maxRssKb ?? 0) / 1024)} MB`,
    lastLine(stream.stderr),
  ]);

  // Long runs: each thread's warm-up (compiling, the first thousand postings at half speed) is
  // paid once, as in a re-tag of a whole corpus.
  const largeFile = await writeFeed(postings, LARGE_POSTINGS);
  await jobsRows(largeFile, LARGE_POSTINGS, rows, log, averageBytes);
  rmSync(largeFile);

  log(`cold start, ${COLD_RUNS} runs each...`);
  const versionTimes: number[] = [];
  const tagTimes: number[] = [];
  const oneLine =
    '{"title":"Backend Engineer","body":"We build our platform in Go and Rust on Kubernetes."}\n';
  for (let run = 0; run < COLD_RUNS; run += 1) {
    versionTimes.push((await runCli(["--version"])).milliseconds);
    tagTimes.push(
      (
        await runCli(["tag"], async (stdin) => {
          stdin.write(oneLine);
        })
      ).milliseconds,
    );
  }
  rows.push([
    "cold start `jobtags --version`",
    `${format(median(versionTimes))} ms`,
    `median of ${COLD_RUNS}`,
  ]);
  rows.push([
    "cold start one-line `jobtags tag`",
    `${format(median(tagTimes))} ms`,
    `median of ${COLD_RUNS}`,
  ]);

  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  process.stdout.write(
    `Machine: ${cpu}, ${availableParallelism()} cores, Node ${process.version}. ` +
      `Postings: ${source} (${format(postings.length)} postings, ${format(averageBytes / 1024, 1)} KB of body on average).\n\n` +
      "| measure | result | note |\n| --- | --- | --- |\n" +
      rows.map((row) => `| ${row.join(" | ")} |`).join("\n") +
      "\n",
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
