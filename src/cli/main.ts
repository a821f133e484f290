import { version } from "../../package.json";
import { COMMANDS } from "./commands/index";
import type { CommandIo } from "./commands/types";
import { isParseArgsError, UsageError } from "./usage";

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`,
  );
  return `jobtags ${version}: tag job postings with hashtags, job type, category and summaries.

Usage:
  jobtags <command> [options]
  jobtags <command> --help

Commands:
${lines.join("\n")}

Options:
  -h, --help     Show this help
  -v, --version  Show the version

Exit codes: 0 every record tagged, 1 some records failed, 2 usage error.
`;
}

/** Routes `jobtags <command> ...` to the command's module; resolves with the exit code. */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(mainHelp());
    return 2;
  }
  if (first === "-h" || first === "--help") {
    io.stdout.write(mainHelp());
    return 0;
  }
  if (first === "-v" || first === "--version") {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  let name = first;
  let args = rest;
  if (first === "help") {
    if (rest[0] === undefined) {
      io.stdout.write(mainHelp());
      return 0;
    }
    name = rest[0];
    args = ["--help"];
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (entry === undefined) {
    const hint = name.startsWith("-") ? "" : ` (did you mean "jobtags tag ${name}"?)`;
    io.stderr.write(
      `jobtags: unknown command "${name}"${hint}\nRun "jobtags --help" for the commands.\n`,
    );
    return 2;
  }
  const { command } = await entry.load();
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr.write(
        `jobtags ${command.name}: ${error.message}\nRun "jobtags ${command.name} --help" for usage.\n`,
      );
      return 2;
    }
    throw error;
  }
}

/** A reader that went away (`jobtags tag | head`) is not an error. */
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

/** Exits once stdout has flushed, so an open stdin (stopped by --fail-fast) cannot hold the process. */
function exit(code: number): void {
  process.exitCode = code;
  process.stdout.write("", () => process.exit(code));
}

const io: CommandIo = {
  // Opened only when a command reads it: touching process.stdin creates the stream.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
};

main(process.argv.slice(2), io).then(exit, (error: unknown) => {
  process.stderr.write(
    `jobtags: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  exit(1);
});
