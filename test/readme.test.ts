import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tagPosting } from "../src/index";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const use = readme.slice(readme.indexOf("## Use"), readme.indexOf("## API"));

describe("the README's Use example", () => {
  it("prints what the README says it prints", () => {
    const code = /```js\n([\s\S]*?)```/.exec(use)?.[1] ?? "";
    const field = (name: string) => new RegExp(`${name}: "([^"]*)"`).exec(code)?.[1];
    const body = /body: `([\s\S]*?)`/.exec(code)?.[1];
    const documented = JSON.parse(/```json\n([\s\S]*?)```/.exec(use)?.[1] ?? "null");
    const result = tagPosting({
      id: field("id"),
      title: field("title"),
      companyName: field("companyName"),
      body,
    });
    expect({ ...result, tags: result.tags.slice(0, documented.tags.length) }).toEqual(documented);
  });
});
