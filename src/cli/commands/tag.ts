import { readFile, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from "../../formats/types";
import type { TaggerOptions } from "../../schema/options";
import { runTag, type TagRun } from "../run-tag";
import { parseShard } from "../shard";
import { parseInteger, UsageError } from "../usage";
import type { Command } from "./types";

/**
 * Records per batch, tagged together (`tagMany`) on the main thread or a worker: enough that
 * messaging costs little and a batch fills one group of `tagMany`, few enough that the
 * batches in flight stay small (32 holds a two-thread stream ~8 MB lower than 64, as fast).
 */
const DEFAULT_BATCH_SIZE = 32;

const HELP = `Usage: jobtags tag [options] [files | directories | globs | -]

Tags every posting and writes one result per record, in input order. Without inputs, or
with "-", reads JSON Lines from stdin. Directories and globs take every supported file.

Inputs (by extension):
  .jsonl .ndjson   one posting a line: {"id","title","companyName","body",...}, streamed
  .json            one posting object, or an array of them
  .csv             a header row; columns title, companyName (or company), body (or
                   description), id, location, url; streamed
  .md              a board file: YAML front matter (title, companyName, location, url,
                   ...) and the posting as the body; the id is the file name
  .html .htm       the title from <title> or <h1>, the body from <body>
  .txt             the first line is the title, the rest the body

Output:
  -f, --format <f>        jsonl (default) | json | csv | md (board front-matter files)
  -o, --out <path>        write to a file (replaced atomically when complete) instead of
                          stdout; with --format md, a directory (existing, or ending in /)
                          gets one file per record, named after its id
      --in-place          rewrite the generated fields (hashtags, jobType, summary,
                          summaryBackup, category, seniority, ...) in the front matter of
                          .md inputs; other lines and the body stay byte for byte
      --dry-run           with --in-place: print a diff of what would change, write nothing

Running:
  -j, --jobs <n>          threads that tag: the main thread and n-1 workers (default:
                          one per core; small inputs run on the main thread alone)
      --shard <i/n>       take only share i of n (by a hash of each record's id), so n
                          machines can split one input
      --fail-fast         stop at the first record that fails
      --batch-size <n>    records tagged together, on one thread (default 32)
      --no-progress       no progress bar (it is shown only when stderr is a terminal)

Tagging:
      --config <file>     tagger options as JSON (see "jobtags schema options")
      --idf <file>        an IDF model (JSON) to rank hashtags with instead of the bundled one
      --max-hashtags <n>  hashtags to publish at most (default 10)
      --seed <s>          pick summary templates with this seed
      --summary-variants <n>  also return n alternative summaries

A record that cannot be read or tagged gives {"id","file","line","error":{"code","message"}}
in its place and a message on stderr; the run goes on (unless --fail-fast). stderr ends
with "records N, failed F, S s, R records/s".

Exit codes: 0 every record tagged, 1 some records failed, 2 usage error.
`;

const OPTIONS = {
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  "in-place": { type: "boolean" },
  "dry-run": { type: "boolean" },
  jobs: { type: "string", short: "j" },
  shard: { type: "string" },
  "fail-fast": { type: "boolean" },
  "batch-size": { type: "string" },
  "no-progress": { type: "boolean" },
  config: { type: "string" },
  idf: { type: "string" },
  "max-hashtags": { type: "string" },
  seed: { type: "string" },
  "summary-variants": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

async function readJson(option: string, path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(
      `--${option} ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `--${option} ${path}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>["values"];

async function taggerOptionsFrom(values: Values): Promise<TaggerOptions> {
  let options: Record<string, unknown> = {};
  if (values.config !== undefined) {
    const config = await readJson("config", values.config);
    if (typeof config !== "object" || config === null || Array.isArray(config)) {
      throw new UsageError(`--config ${values.config}: expected a JSON object of tagger options`);
    }
    options = { ...(config as Record<string, unknown>) };
  }
  if (values.idf !== undefined) options.idf = await readJson("idf", values.idf);
  if (values["max-hashtags"] !== undefined) {
    options.maxHashtags = parseInteger("max-hashtags", values["max-hashtags"], 0, 100);
  }
  if (values["summary-variants"] !== undefined) {
    options.summaryVariants = parseInteger("summary-variants", values["summary-variants"], 0, 20);
  }
  if (values.seed !== undefined)
    options.seed = /^-?\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
  // Checked by the tagger when it is created; an invalid option exits with code 2.
  return options as TaggerOptions;
}

async function outTarget(path: string, format: OutputFormat): Promise<TagRun["out"]> {
  const stats = await stat(path).catch(() => undefined);
  const directory = stats?.isDirectory() === true || path.endsWith("/") || path.endsWith("\\");
  if (directory && format !== "md") {
    throw new UsageError(`--out ${path} is a directory; one file per record needs --format md`);
  }
  if (!directory) {
    const parent = await stat(dirname(path)).catch(() => undefined);
    if (!parent?.isDirectory())
      throw new UsageError(`--out ${path}: the directory ${dirname(path)} does not exist`);
  }
  return { kind: directory ? "directory" : "file", path };
}

export const command: Command = {
  name: "tag",
  summary: "Tag postings",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    const format = values.format ?? (values["in-place"] ? "md" : "jsonl");
    if (!isOutputFormat(format)) {
      throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(", ")}, got "${format}"`);
    }
    const inPlace = values["in-place"] === true;
    const dryRun = values["dry-run"] === true;
    if (dryRun && !inPlace) throw new UsageError("--dry-run goes with --in-place");
    if (inPlace) {
      if (values.out !== undefined)
        throw new UsageError("--in-place and --out cannot be used together");
      if (format !== "md") throw new UsageError("--in-place writes markdown; leave out --format");
      if (positionals.length === 0 || positionals.includes("-")) {
        throw new UsageError("--in-place needs .md files or directories, not stdin");
      }
    }
    if (positionals.length === 0 && io.stdin.isTTY) {
      throw new UsageError(
        "no input: name files, directories or globs, or pipe JSON Lines to stdin",
      );
    }
    let shard: TagRun["shard"];
    if (values.shard !== undefined) {
      shard = parseShard(values.shard);
      if (shard === undefined)
        throw new UsageError(`--shard expects i/n with 1 <= i <= n, got "${values.shard}"`);
    }
    const run: TagRun = {
      inputs: positionals,
      format,
      taggerOptions: await taggerOptionsFrom(values),
      jobs: values.jobs === undefined ? undefined : parseInteger("jobs", values.jobs, 1, 256),
      batchSize:
        values["batch-size"] === undefined
          ? DEFAULT_BATCH_SIZE
          : parseInteger("batch-size", values["batch-size"], 1, 10_000),
      failFast: values["fail-fast"] === true,
      out: values.out === undefined ? undefined : await outTarget(values.out, format),
      inPlace,
      dryRun,
      shard,
      progress: values["no-progress"] !== true,
    };
    return runTag(run, io);
  },
};
