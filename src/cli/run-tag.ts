import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import type { OutputFormat } from "../formats/types";
import { resolveInputs } from "../read/inputs";
import { describeSource } from "../read/kinds";
import { readAllRecords } from "../read/sources";
import type { InputSource, RawRecord } from "../read/types";
import type { TaggerOptions } from "../schema/options";
import { type LocalRun, WorkerFailure, WorkerPool } from "./pool";
import { type Outcome, type ProcessPlan, processRecords, type TagFunction } from "./process";
import { createProgress, type Progress } from "./progress";
import type { Shard } from "./shard";
import { DirectorySink, FileSink, InPlaceSink, type Sink, StreamSink } from "./sinks";

/** Everything `jobtags tag` was asked to do, after argument checks. */
export interface TagRun {
  inputs: string[];
  format: OutputFormat;
  taggerOptions: TaggerOptions;
  /** Worker threads; undefined chooses: the main thread for small inputs, else one per core. */
  jobs: number | undefined;
  batchSize: number;
  failFast: boolean;
  out: { kind: "file" | "directory"; path: string } | undefined;
  inPlace: boolean;
  dryRun: boolean;
  shard: Shard | undefined;
  progress: boolean;
}

export interface RunStreams {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/**
 * Inputs of at most this many records are tagged on the main thread when `--jobs` is not
 * given: starting workers (each compiles its own tagger) costs more than it saves there.
 */
const SMALL_INPUT_RECORDS = 512;

/** Errors in the tagger's configuration (flags, --config, --idf): usage errors, exit code 2. */
const CONFIGURATION_ERRORS = new Set([
  "invalid-options",
  "invalid-model",
  "invalid-template",
  "invalid-dictionary",
]);

/**
 * How far V8 lets the old generation grow past what survived the last full collection, in
 * percent, while a pool runs. Results and postings in flight outlive the main thread's young
 * collections (it tags too) and pile up in the old generation, which V8 lets reach four times
 * the live size (~160 MB here) before collecting: a quarter more than live holds the peak of
 * a two-thread stream near 240 MB instead of 330, for a full collection every second or two.
 */
const POOL_HEAP_GROWING_PERCENT = 25;

/** Batches in flight per worker: enough to keep workers busy while bounding memory. */
const BATCHES_PER_WORKER = 3;

async function* batchesOf(
  records: AsyncIterable<RawRecord>,
  size: number,
): AsyncGenerator<RawRecord[]> {
  let batch: RawRecord[] = [];
  for await (const record of records) {
    batch.push(record);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Runs batches and hands their outcomes to `consume` in input order. */
interface Executor {
  /** Returns false when the run must stop (`--fail-fast`). */
  submit(batch: RawRecord[]): Promise<boolean>;
  drain(): Promise<boolean>;
  close(): Promise<void>;
}

type Consume = (outcomes: Outcome[]) => Promise<boolean>;

function inlineExecutor(processBatch: LocalRun, consume: Consume): Executor {
  return {
    submit: (batch) => consume(processBatch(batch)),
    drain: async () => true,
    close: async () => {},
  };
}

function poolExecutor(pool: WorkerPool, maxInFlight: number, consume: Consume): Executor {
  const inFlight: Promise<Outcome[]>[] = [];
  const takeHead = async () => consume(await (inFlight.shift() as Promise<Outcome[]>));
  return {
    async submit(batch) {
      const pending = pool.run(batch);
      // Marked handled now; the rejection is rethrown when the batch's turn comes.
      pending.catch(() => {});
      inFlight.push(pending);
      while (inFlight.length >= maxInFlight) if (!(await takeHead())) return false;
      return true;
    },
    async drain() {
      while (inFlight.length > 0) if (!(await takeHead())) return false;
      return true;
    },
    close: () => pool.close(),
  };
}

function createSink(run: TagRun, streams: RunStreams): Sink {
  if (run.inPlace) return new InPlaceSink(run.dryRun, streams.stdout);
  if (run.out?.kind === "directory") return new DirectorySink(run.out.path);
  if (run.out?.kind === "file") return new FileSink(run.format, run.out.path);
  return new StreamSink(run.format, streams.stdout, false);
}

/** In place, only markdown files can be rewritten; anything else is refused up front. */
function restrictToMarkdown(inputs: InputSource[]): InputSource[] {
  return inputs.map((input) =>
    input.kind === "file" && input.fileKind !== "markdown"
      ? {
          kind: "unreadable",
          path: input.path,
          error: {
            code: "unsupported-format",
            message: "--in-place rewrites markdown (.md) files only",
          },
        }
      : input,
  );
}

function formatSummary(records: number, failed: number, seconds: number): string {
  const rate = Math.round(records / Math.max(seconds, 1e-6));
  return `records ${records}, failed ${failed}, ${seconds.toFixed(2)} s, ${rate} records/s\n`;
}

/**
 * Reads the inputs, tags every record (on the main thread or in workers, in input order),
 * writes the outputs and a summary line on stderr. Resolves with the exit code:
 * 0 when every record was tagged, 1 when some failed, 2 when the tagger options are invalid.
 */
export async function runTag(run: TagRun, streams: RunStreams): Promise<number> {
  const started = performance.now();
  let inputs = await resolveInputs(run.inputs);
  if (run.inPlace) inputs = restrictToMarkdown(inputs);
  const totalBytes = inputs.some((input) => input.kind === "stdin")
    ? undefined
    : inputs.reduce((sum, input) => sum + (input.kind === "file" ? input.bytes : 0), 0);
  const progress: Progress = await createProgress(streams.stderr, run.progress, totalBytes);
  const plan: ProcessPlan = {
    format: run.format,
    inPlace: run.inPlace,
    ...(run.shard === undefined ? {} : { shard: run.shard }),
  };
  const sink = createSink(run, streams);

  let records = 0;
  let failed = 0;
  const consume: Consume = async (outcomes) => {
    let stopAt = outcomes.length;
    let done = 0;
    for (let index = 0; index < outcomes.length; index += 1) {
      const outcome = outcomes[index] as Outcome;
      if (outcome.status === "skipped") continue;
      records += 1;
      done += 1;
      if (outcome.status === "failed") {
        failed += 1;
        const { code, message } = outcome.error;
        streams.stderr.write(`jobtags: ${describeSource(outcome.source)}: ${code}: ${message}\n`);
        if (run.failFast) {
          stopAt = index + 1;
          break;
        }
      }
    }
    await sink.write(stopAt === outcomes.length ? outcomes : outcomes.slice(0, stopAt));
    progress.addRecords(done);
    return stopAt === outcomes.length;
  };

  const batches = batchesOf(
    readAllRecords(inputs, { stdin: streams.stdin, onBytes: (bytes) => progress.addBytes(bytes) }),
    run.batchSize,
  );
  const iterator = batches[Symbol.asyncIterator]();
  const cores = availableParallelism();
  const peeked: RawRecord[][] = [];
  let exhausted = false;
  if (run.jobs === undefined && cores > 1) {
    let count = 0;
    while (count <= SMALL_INPUT_RECORDS) {
      const next = await iterator.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      peeked.push(next.value);
      count += next.value.length;
    }
  }
  const jobs = run.jobs ?? (exhausted ? 1 : cores);

  if (jobs > 1) setFlagsFromString(`--heap-growing-percent=${POOL_HEAP_GROWING_PERCENT}`);
  // Workers start first: they compile their taggers while the main thread compiles its own.
  const pool =
    jobs > 1 ? new WorkerPool(jobs - 1, { taggerOptions: run.taggerOptions, plan }) : undefined;
  let tagger: TagFunction;
  try {
    const { createTagger } = await import("../tagger");
    tagger = createTagger(run.taggerOptions);
  } catch (error) {
    progress.stop();
    await sink.abort();
    await iterator.return?.(undefined);
    await pool?.close();
    streams.stderr.write(`jobtags: ${error instanceof Error ? error.message : String(error)}\n`);
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" && CONFIGURATION_ERRORS.has(code) ? 2 : 1;
  }
  const processBatch: LocalRun = (records) => processRecords(records, tagger, plan);
  const executor: Executor = pool
    ? poolExecutor(pool.withLocal(processBatch), jobs * BATCHES_PER_WORKER, consume)
    : inlineExecutor(processBatch, consume);

  // Interrupted: remove a half-written --out file instead of leaving its temporary behind.
  const interrupted = () => {
    void sink.abort().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  let exitCode: number | undefined;
  try {
    let going = true;
    for (const batch of peeked) {
      going = await executor.submit(batch);
      if (!going) break;
    }
    while (going) {
      const next = await iterator.next();
      if (next.done) break;
      going = await executor.submit(next.value);
    }
    if (going) await executor.drain();
    await sink.close();
  } catch (error) {
    await sink.abort();
    const message = error instanceof Error ? error.message : String(error);
    streams.stderr.write(`jobtags: ${message}\n`);
    exitCode = error instanceof WorkerFailure && CONFIGURATION_ERRORS.has(error.code) ? 2 : 1;
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    await iterator.return?.(undefined);
    await executor.close();
    progress.stop();
  }

  if (sink instanceof InPlaceSink) {
    const verb = run.dryRun ? "would change" : "changed";
    streams.stderr.write(`${verb} ${sink.changed} files, ${sink.unchanged} unchanged\n`);
  }
  streams.stderr.write(formatSummary(records, failed, (performance.now() - started) / 1000));
  return exitCode ?? (failed > 0 ? 1 : 0);
}
