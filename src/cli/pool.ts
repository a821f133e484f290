import { Worker } from "node:worker_threads";
import type { RawRecord } from "../read/types";
import type { TaggerOptions } from "../schema/options";
import type { Outcome, ProcessPlan } from "./process";
import { decodeBatch, encodeBatch, transferOf } from "./wire";

/** What each worker gets at start. */
export interface WorkerData {
  taggerOptions: TaggerOptions;
  plan: ProcessPlan;
}

/** A batch for a worker: `payload` holds the `RawRecord[]` (see `encodeBatch`). */
export interface WorkerTask {
  seq: number;
  payload: Uint8Array;
}

/** A worker's answer: `payload` holds the batch's `Outcome[]` (see `encodeBatch`). */
export type WorkerReply =
  | { type: "done"; seq: number; payload: Uint8Array }
  | { type: "fatal"; code: string; message: string };

/** A worker could not start its tagger, or died: the run cannot go on. */
export class WorkerFailure extends Error {
  override name = "WorkerFailure";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Task {
  seq: number;
  records: RawRecord[];
  resolve: (outcomes: Outcome[]) => void;
  reject: (error: Error) => void;
}

/** A worker thread, or the main thread itself (`worker` undefined). */
interface Slot {
  worker: Worker | undefined;
  /** Tasks sent to this worker and not answered yet. */
  running: Map<number, Task>;
}

/**
 * Two tasks per worker: one being processed and one waiting in its port, so a worker never
 * idles while the main thread gets its next answer.
 */
const TASKS_PER_WORKER = 2;

/**
 * The young generation of a worker's heap, in MB. V8's default lets it grow to ~48 MB while
 * `tagMany` keeps a group's texts alive across its stages; 24 streamed 100,000 postings at the
 * same speed with a peak RSS 20-35 MB lower (217 against 239-254 MB in runs fed from a file),
 * where 12 was slower.
 */
const WORKER_YOUNG_GENERATION_MB = 24;

/** Records the main thread tags between two looks at its event loop. */
const LOCAL_SLICE = 8;

/** The worker script next to this module: dist/worker.js when built, src/cli/worker.ts under tsx. */
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith(".ts") ? "./worker.ts" : "./worker.js", import.meta.url);
}

/** Tags a batch on the main thread. */
export type LocalRun = (records: RawRecord[]) => Outcome[];

/**
 * A fixed set of tagging threads. `run` resolves with one batch's outcomes; batches are handed
 * out as threads free up. Ordering and memory bounds are the caller's (see `poolExecutor`).
 *
 * With `withLocal`, the main thread is one of the threads: it takes a batch whenever every
 * worker already has its two, and tags it between reading input and writing output. On two
 * cores that beats two workers beside an idle main thread: one isolate fewer to warm up (a
 * fresh one tags its first thousand postings at half speed) and to hold in memory (~80 MB).
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private local: { slot: Slot; run: LocalRun } | undefined;
  private readonly waiting: Task[] = [];
  private nextSeq = 0;
  private failure: Error | undefined;

  constructor(workers: number, data: WorkerData) {
    for (let index = 0; index < workers; index += 1) {
      const worker = new Worker(workerUrl(), {
        workerData: data,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      const slot: Slot = { worker, running: new Map() };
      worker.on("message", (reply: WorkerReply) => this.onReply(slot, reply));
      worker.on("error", (error) =>
        this.fail(new WorkerFailure("internal-error", `worker failed: ${error.message}`)),
      );
      worker.on("exit", (code) => {
        if (this.failure === undefined && code !== 0 && slot.running.size > 0) {
          this.fail(new WorkerFailure("internal-error", `worker exited with code ${code}`));
        }
      });
      this.slots.push(slot);
    }
  }

  /** Makes the main thread one of the pool's threads, tagging batches with `run`. */
  withLocal(run: LocalRun): this {
    this.local = { slot: { worker: undefined, running: new Map() }, run };
    return this;
  }

  run(records: RawRecord[]): Promise<Outcome[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ seq: this.nextSeq++, records, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let best: Slot | undefined;
      for (const slot of this.slots) {
        if (
          slot.running.size < TASKS_PER_WORKER &&
          (!best || slot.running.size < best.running.size)
        )
          best = slot;
      }
      if (!best && this.local?.slot.running.size === 0) best = this.local.slot;
      if (!best) return;
      const task = this.waiting.shift() as Task;
      best.running.set(task.seq, task);
      if (best.worker) {
        const message: WorkerTask = { seq: task.seq, payload: encodeBatch(task.records, "text") };
        best.worker.postMessage(message, transferOf(message.payload));
      } else {
        // Soon, not now: the caller goes on reading while the workers start on their batches.
        setImmediate(() => this.runLocally(task));
      }
    }
  }

  /**
   * Tags a batch on the main thread a few records at a time, returning to the event loop in
   * between: a worker that finishes its batches meanwhile gets new ones at once instead of
   * idling until the whole local batch is done.
   */
  private runLocally(task: Task, outcomes: Outcome[] = []): void {
    const local = this.local as NonNullable<typeof this.local>;
    if (!local.slot.running.has(task.seq)) return;
    const end = Math.min(outcomes.length + LOCAL_SLICE, task.records.length);
    try {
      for (const outcome of local.run(task.records.slice(outcomes.length, end))) {
        outcomes.push(outcome);
      }
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (end < task.records.length) {
      setImmediate(() => this.runLocally(task, outcomes));
      return;
    }
    local.slot.running.delete(task.seq);
    task.resolve(outcomes);
    this.dispatch();
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    if (reply.type === "fatal") {
      this.fail(new WorkerFailure(reply.code, reply.message));
      return;
    }
    const task = slot.running.get(reply.seq);
    if (!task) return;
    slot.running.delete(reply.seq);
    task.resolve(decodeBatch<Outcome>(reply.payload, "output"));
    this.dispatch();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const slot of this.local ? [...this.slots, this.local.slot] : this.slots) {
      for (const task of slot.running.values()) task.reject(error);
      slot.running.clear();
    }
    for (const task of this.waiting.splice(0)) task.reject(error);
  }
}
