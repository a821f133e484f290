import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { JobtagsError } from "../../errors";
import { createIdfFitter } from "../../rank/fit";
import { parseInteger } from "../usage";
import { type CorpusTally, corpusPostings } from "./corpus-input";
import type { Command } from "./types";

const HELP = `Usage: jobtags fit [options] [files | directories | globs | -]

Fits an IDF model (how many postings name each concept and word) on your own corpus, for
"jobtags tag --idf model.json" or createTagger({ idf }). Reads the same inputs as "jobtags tag";
no argument or "-" reads JSON Lines from stdin.

Options:
      --out <file>                write the model here instead of stdout
      --source <text>             a note on the corpus, stored in the model
      --min-word-documents <n>    leave out words found in fewer postings (default 3)
  -h, --help                      show this help

Records that cannot be read are named on stderr and left out; the exit code is then 1.
`;

export const command: Command = {
  name: "fit",
  summary: "Fit an IDF model on a corpus",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        out: { type: "string" },
        source: { type: "string" },
        "min-word-documents": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    const fitter = createIdfFitter({
      source: values.source ?? (positionals.join(" ") || "stdin"),
      minWordDocuments:
        values["min-word-documents"] === undefined
          ? 3
          : parseInteger("min-word-documents", values["min-word-documents"], 1, 1_000_000),
    });
    const tally: CorpusTally = { read: 0, failed: 0 };
    for await (const posting of corpusPostings(positionals, io, tally)) {
      try {
        fitter.add(posting);
      } catch (error) {
        tally.failed += 1;
        tally.read -= 1;
        io.stderr.write(
          `jobtags fit: ${error instanceof JobtagsError ? error.message : String(error)}\n`,
        );
      }
    }
    if (tally.read === 0) {
      io.stderr.write("jobtags fit: no valid postings in the input; no model written\n");
      return 1;
    }
    const json = `${JSON.stringify(fitter.finish())}\n`;
    if (values.out === undefined) io.stdout.write(json);
    else await writeFile(values.out, json);
    io.stderr.write(`fitted ${tally.read} postings, ${tally.failed} failed\n`);
    return tally.failed > 0 ? 1 : 0;
  },
};
