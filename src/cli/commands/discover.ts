import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { defaultIdfModel } from "../../rank/default-model";
import { discoverTerms } from "../../rank/discover";
import { parseIdfModel } from "../../rank/model";
import { parseInteger, UsageError } from "../usage";
import { type CorpusTally, corpusPostings } from "./corpus-input";
import type { Command } from "./types";

const HELP = `Usage: jobtags discover [options] [files | directories | globs | -]

Lists names that many of your postings use and that no dictionary alias covers, ranked by
document count times their rarity in the background model: the technologies your dictionary
misses. Prints one JSON object a line ({"term","documents","score","examples"}), or a table.

Options:
      --idf <file>            background model from "jobtags fit" (default: the bundled one)
      --limit <n>             how many terms (default 50)
      --min-documents <n>     a term must appear in this many postings (default 3)
      --table                 print a readable table instead of JSON Lines
  -h, --help                  show this help
`;

export const command: Command = {
  name: "discover",
  summary: "List frequent names no dictionary alias covers",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        idf: { type: "string" },
        limit: { type: "string" },
        "min-documents": { type: "string" },
        table: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    let background = defaultIdfModel();
    if (values.idf !== undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await readFile(values.idf, "utf8"));
      } catch (error) {
        throw new UsageError(`--idf ${values.idf}: ${(error as Error).message}`);
      }
      background = parseIdfModel(parsed, values.idf);
    }
    const tally: CorpusTally = { read: 0, failed: 0 };
    const terms = await discoverTerms(corpusPostings(positionals, io, tally), {
      background,
      limit: values.limit === undefined ? 50 : parseInteger("limit", values.limit, 1, 10_000),
      minDocuments:
        values["min-documents"] === undefined
          ? 3
          : parseInteger("min-documents", values["min-documents"], 1, 1_000_000),
      onError: (error) => {
        tally.failed += 1;
        tally.read -= 1;
        io.stderr.write(`jobtags discover: ${(error as Error).message}\n`);
      },
    });
    if (values.table) {
      for (const term of terms) {
        io.stdout.write(
          `${term.term.padEnd(28)} ${String(term.documents).padStart(6)}  ${term.examples[0] ?? ""}\n`,
        );
      }
    } else {
      for (const term of terms) io.stdout.write(`${JSON.stringify(term)}\n`);
    }
    io.stderr.write(`read ${tally.read} postings, ${tally.failed} failed, ${terms.length} terms\n`);
    return tally.failed > 0 ? 1 : 0;
  },
};
