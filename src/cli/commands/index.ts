import type { Command } from "./types";

export interface CommandEntry {
  summary: string;
  load: () => Promise<{ command: Command }>;
}

/**
 * The subcommands, in `--help` order. Adding one is adding its module under commands/ and a
 * line here; summaries live here too so `--help` does not load every module.
 */
export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  tag: {
    summary: "Tag postings from files, directories, globs or JSON Lines on stdin",
    load: () => import("./tag"),
  },
  fit: {
    summary: "Fit an IDF model on your own corpus (for tag --idf)",
    load: () => import("./fit"),
  },
  discover: {
    summary: "List frequent names in a corpus that no dictionary alias covers",
    load: () => import("./discover"),
  },
  schema: {
    summary: "Print the JSON Schemas of inputs, results, options and error records",
    load: () => import("./schema"),
  },
};
