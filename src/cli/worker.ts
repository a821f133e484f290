import { parentPort, workerData } from "node:worker_threads";
import { JobtagsError } from "../errors";
import type { RawRecord } from "../read/types";
import { createTagger, type Tagger } from "../tagger";
import type { WorkerData, WorkerReply, WorkerTask } from "./pool";
import { processRecords } from "./process";
import { decodeBatch, encodeBatch, transferOf } from "./wire";

/**
 * A tagging worker: compiles one tagger at start, then turns each batch of raw records into
 * outcomes. A tagger that cannot be created (bad options) is reported once as `fatal`.
 */
function start(port: NonNullable<typeof parentPort>, data: WorkerData): void {
  let tagger: Tagger;
  try {
    tagger = createTagger(data.taggerOptions);
  } catch (error) {
    const reply: WorkerReply = {
      type: "fatal",
      code: error instanceof JobtagsError ? error.code : "internal-error",
      message: error instanceof Error ? error.message : String(error),
    };
    port.postMessage(reply);
    return;
  }
  port.on("message", (task: WorkerTask) => {
    const outcomes = processRecords(
      decodeBatch<RawRecord>(task.payload, "text"),
      tagger,
      data.plan,
    );
    const reply: WorkerReply = {
      type: "done",
      seq: task.seq,
      payload: encodeBatch(outcomes, "output"),
    };
    port.postMessage(reply, transferOf(reply.payload));
  });
}

if (parentPort) start(parentPort, workerData as WorkerData);
