import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers/cli";
import { distReady } from "./setup/build";

beforeAll(distReady);

const POSTING = {
  title: "Backend Engineer",
  body: "We build our platform in Go and Rust on Kubernetes.",
};

/** Runs a script in a fresh node process at the package root, where `jobtags` resolves to itself. */
function node(args: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" }));
}

describe("the built package", () => {
  it("imports from ESM (dist/index.js) and from CommonJS (dist/index.cjs) with the same results", () => {
    const posting = JSON.stringify(POSTING);
    const esm = node([
      "--input-type=module",
      "-e",
      `const m = await import("jobtags"); console.log(JSON.stringify({ kinds: [typeof m.createTagger, typeof m.tagPosting], result: m.createTagger().tag(${posting}) }));`,
    ]);
    const cjs = node([
      "-e",
      `const m = require("jobtags"); console.log(JSON.stringify({ kinds: [typeof m.createTagger, typeof m.tagPosting], result: m.tagPosting(${posting}) }));`,
    ]);
    expect(esm).toEqual(cjs);
    const { kinds, result } = esm as { kinds: string[]; result: { hashtags: string[] } };
    expect(kinds).toEqual(["function", "function"]);
    expect(result.hashtags).toEqual(
      expect.arrayContaining(["#golang", "#rustlang", "#kubernetes"]),
    );
  });

  it("resolves `jobtags` to dist/index.js for import and dist/index.cjs for require", () => {
    const paths = node([
      "--input-type=module",
      "-e",
      `import { createRequire } from "node:module"; const require = createRequire(process.cwd() + "/package.json"); console.log(JSON.stringify([import.meta.resolve("jobtags"), require.resolve("jobtags")]));`,
    ]) as string[];
    expect(paths[0]).toMatch(/\/dist\/index\.js$/);
    expect(paths[1]).toMatch(/\/dist\/index\.cjs$/);
  });
});
