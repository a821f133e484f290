/**
 * Throughput of the text stage's normalizer (`normalizeBody`: markup removal, offsets,
 * sections) in one thread. Reads the shared corpus when it is there, else generates
 * markdown postings of the same size. Run: `npx tsx benchmarks/normalize.ts`.
 * Rounds and warm-up come from BENCH_ROUNDS / BENCH_WARMUP.
 */
import { existsSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { normalizeBody } from "../src/text";

const CORPUS = process.env.JOBTAGS_CORPUS ?? "/work/shared/corpus/remotecrocodile.jsonl";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);

function loadBodies(): { source: string; bodies: string[] } {
  if (existsSync(CORPUS)) {
    const bodies = readFileSync(CORPUS, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => (JSON.parse(line) as { body: string }).body);
    return { source: CORPUS, bodies };
  }
  return { source: "generated markdown postings", bodies: generatePostings(1000) };
}

/** Markdown postings shaped like turndown output, about 4 KB each. */
function generatePostings(count: number): string[] {
  const bodies: string[] = [];
  for (let n = 0; n < count; n++) {
    const parts = [
      "## About Us",
      `We are a fully remote team of ${n % 90} people building tools for logistics companies. Our customers ship parcels across Europe every day.`,
      "## What you'll do",
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `*   Build and maintain service number ${i} in **Go** and _TypeScript_, with C\\+\\+ where speed matters`,
      ),
      "## Requirements",
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `*   ${i + 2}+ years of experience with [PostgreSQL](https://www.postgresql.org/) or a similar database`,
      ),
      "## Nice to have",
      "*   Experience with Kubernetes, Terraform and AWS (S3, Lambda) is a plus",
      "## Benefits",
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `*   Benefit ${i}: competitive salary, ${20 + i} days of paid vacation and a learning budget`,
      ),
      "We are an equal opportunity employer and do not discriminate on the basis of race, religion, gender identity or sexual orientation.",
    ];
    let body = parts.join("\n\n");
    while (body.length < 4000)
      body += `\n\nWe value clear writing, kind reviews and shipping small changes often (${n}).`;
    bodies.push(body);
  }
  return bodies;
}

const { source, bodies } = loadBodies();
const megabytes = bodies.reduce((sum, body) => sum + Buffer.byteLength(body), 0) / 1e6;
for (let round = 0; round < WARMUP; round++) for (const body of bodies) normalizeBody(body);

let bestWall = Number.POSITIVE_INFINITY;
let bestCpu = Number.POSITIVE_INFINITY;
for (let round = 0; round < ROUNDS; round++) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const body of bodies) normalizeBody(body);
  bestWall = Math.min(bestWall, (performance.now() - started) / 1000);
  const cpu = process.cpuUsage(cpuBefore);
  bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
}

// A plain loop over the same text, so that figures from different machines can be compared.
let checksum = 0;
let bestReference = Number.POSITIVE_INFINITY;
for (let round = 0; round < ROUNDS; round++) {
  const started = performance.now();
  for (const body of bodies) for (let i = 0; i < body.length; i++) checksum += body.charCodeAt(i);
  bestReference = Math.min(bestReference, (performance.now() - started) / 1000);
}

const report = (label: string, seconds: number) =>
  `${label}: ${Math.round(bodies.length / seconds).toLocaleString("en-US")} postings/s, ${(megabytes / seconds).toFixed(1)} MB/s`;
console.log(
  `normalizeBody over ${bodies.length} bodies (${megabytes.toFixed(2)} MB) from ${source}`,
);
console.log(
  `node ${process.version}, best of ${ROUNDS} rounds after ${WARMUP} warm-up rounds, one thread`,
);
console.log(report("wall time", bestWall));
console.log(report("CPU time ", bestCpu));
console.log(
  `reference: a charCodeAt loop over the same bodies runs at ${(megabytes / bestReference).toFixed(0)} MB/s here (checksum ${checksum % 1000})`,
);
