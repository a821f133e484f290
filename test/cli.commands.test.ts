import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers/cli";
import { distReady } from "./setup/build";

const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
};

beforeAll(distReady);

describe("jobtags", () => {
  it("prints its version from package.json", async () => {
    for (const flag of ["--version", "-v"]) {
      const run = await runCli([flag]);
      expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    }
  });

  it("lists its commands with --help and exits 0", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage:\n {2}jobtags <command> \[options\]/m);
    expect(run.stdout).toMatch(/^ {2}tag +Tag postings from files/m);
    expect(run.stdout).toMatch(/^ {2}schema +Print the JSON Schemas/m);
  });

  it("shows a command's help with `<command> --help` and `help <command>`", async () => {
    const direct = await runCli(["tag", "--help"]);
    const viaHelp = await runCli(["help", "tag"]);
    expect(direct.code).toBe(0);
    expect(direct.stdout).toMatch(/^Usage: jobtags tag \[options\]/);
    expect(direct.stdout).toContain("--in-place");
    expect(viaHelp.stdout).toBe(direct.stdout);
  });

  it("exits 2 with the help on stderr when run without a command", async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("jobtags <command>");
  });

  it("exits 2 on an unknown command, suggesting tag for what looks like a file", async () => {
    const run = await runCli(["postings.jsonl"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'unknown command "postings.jsonl" (did you mean "jobtags tag postings.jsonl"?)',
    );
  });
});

describe("jobtags schema", () => {
  it("prints the JSON Schemas of input, result, options and error records", async () => {
    const run = await runCli(["schema"]);
    expect(run.code).toBe(0);
    const schemas = JSON.parse(run.stdout) as Record<
      string,
      { type: string; required?: string[]; properties: object }
    >;
    expect(Object.keys(schemas)).toEqual(["input", "result", "options", "error"]);
    expect(schemas.input?.required).toEqual(["title", "body"]);
    expect(schemas.input).not.toHaveProperty("additionalProperties");
    expect(schemas.result?.required).toEqual(
      expect.arrayContaining(["hashtags", "jobType", "category", "summary"]),
    );
    expect(Object.keys(schemas.options?.properties ?? {})).toContain("maxHashtags");
    expect(schemas.error?.required).toEqual(["id", "error"]);
  });

  it("prints one schema by name and refuses unknown names", async () => {
    const run = await runCli(["schema", "result"]);
    expect((JSON.parse(run.stdout) as { $schema: string }).$schema).toBe(
      "https://json-schema.org/draft/2020-12/schema",
    );
    const unknown = await runCli(["schema", "output"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'unknown schema "output"; one of input, result, options, error',
    );
  });
});
