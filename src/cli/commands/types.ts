/** The process streams a command uses (the real ones, or test doubles). */
export interface CommandIo {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/**
 * One subcommand. Its module exports `command`; the router loads the module only when the
 * subcommand runs, so `jobtags --version` or `jobtags schema` never load the tagger.
 */
export interface Command {
  name: string;
  /** One line for `jobtags --help`. */
  summary: string;
  /** The full `jobtags <name> --help` text. */
  help: string;
  /** Runs with the arguments after the subcommand name; resolves with the exit code. */
  run(args: string[], io: CommandIo): Promise<number>;
}
