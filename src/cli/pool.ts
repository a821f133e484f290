import { Worker } from "node:worker_threads";
import type { RawRecord } from "../read/types";
import type { TaggerOptions } from "../schema/options";
import type { Outcome, ProcessPlan } from "./process";

/** What each worker gets at start. */
export interface WorkerData {
  taggerOptions: TaggerOptions;
  plan: ProcessPlan;
}

export interface WorkerTask {
  seq: number;
  records: RawRecord[];
}

export type WorkerReply =
  | { type: "done"; seq: number; outcomes: Outcome[] }
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

interface Slot {
  worker: Worker;
  /** Tasks sent to this worker and not answered yet. */
  running: Map<number, Task>;
}

/**
 * Two tasks per worker: one being processed and one waiting in its port, so a worker never
 * idles while the main thread gets its next answer.
 */
const TASKS_PER_WORKER = 2;

/** The worker script next to this module: dist/worker.js when built, src/cli/worker.ts under tsx. */
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith(".ts") ? "./worker.ts" : "./worker.js", import.meta.url);
}

/**
 * A fixed set of tagging workers. `run` resolves with one batch's outcomes; batches are handed
 * out as workers free up. Ordering and memory bounds are the caller's (see `OrderedExecutor`).
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Task[] = [];
  private nextSeq = 0;
  private failure: Error | undefined;

  constructor(size: number, data: WorkerData) {
    for (let index = 0; index < size; index += 1) {
      const worker = new Worker(workerUrl(), { workerData: data });
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

  run(records: RawRecord[]): Promise<Outcome[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ seq: this.nextSeq++, records, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
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
      if (!best) return;
      const task = this.waiting.shift() as Task;
      best.running.set(task.seq, task);
      const message: WorkerTask = { seq: task.seq, records: task.records };
      best.worker.postMessage(message);
    }
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    if (reply.type === "fatal") {
      this.fail(new WorkerFailure(reply.code, reply.message));
      return;
    }
    const task = slot.running.get(reply.seq);
    if (!task) return;
    slot.running.delete(reply.seq);
    task.resolve(reply.outcomes);
    this.dispatch();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const slot of this.slots) {
      for (const task of slot.running.values()) task.reject(error);
      slot.running.clear();
    }
    for (const task of this.waiting.splice(0)) task.reject(error);
  }
}
