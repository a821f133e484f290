import { parseArgs } from "node:util";
import { z } from "zod";
import { ErrorRecordSchema } from "../../formats/error-record";
import { TaggerOptionsSchema } from "../../schema/options";
import { PostingInputSchema } from "../../schema/posting";
import { TagResultSchema } from "../../schema/result";
import { UsageError } from "../usage";
import type { Command } from "./types";

/** The documents `jobtags schema` prints, built from the zod schemas the library validates with. */
const SCHEMAS = {
  input: () => z.toJSONSchema(PostingInputSchema, { io: "input" }),
  result: () => z.toJSONSchema(TagResultSchema),
  options: () => z.toJSONSchema(TaggerOptionsSchema, { io: "input", unrepresentable: "any" }),
  error: () => z.toJSONSchema(ErrorRecordSchema),
} as const;

type SchemaName = keyof typeof SCHEMAS;

const NAMES = Object.keys(SCHEMAS) as SchemaName[];

const HELP = `Usage: jobtags schema [${NAMES.join(" | ")}]

Prints JSON Schemas (draft 2020-12): "input" a posting to tag, "result" a tag result,
"options" the tagger options (--config), "error" the record written in place of a posting
that failed. Without a name, prints an object with all of them.
`;

export const command: Command = {
  name: "schema",
  summary: "Print JSON Schemas",
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      options: { help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError("expects at most one schema name");
    const name = positionals[0];
    if (name !== undefined && !(NAMES as string[]).includes(name)) {
      throw new UsageError(`unknown schema "${name}"; one of ${NAMES.join(", ")}`);
    }
    const document =
      name === undefined
        ? Object.fromEntries(NAMES.map((key) => [key, SCHEMAS[key]()]))
        : SCHEMAS[name as SchemaName]();
    io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return 0;
  },
};
