import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataMl } from "../src/dictionary/data/data-ml";
import { databases } from "../src/dictionary/data/databases";
import { frameworks } from "../src/dictionary/data/frameworks";
import { gamedevEmbedded } from "../src/dictionary/data/gamedev-embedded";
import { conceptFamilies } from "../src/dictionary/data/index";
import { languages } from "../src/dictionary/data/languages";
import { mobile } from "../src/dictionary/data/mobile";
import { testing } from "../src/dictionary/data/testing";
import { type ConceptInput, ConceptSchema, mentionsOf } from "../src/dictionary/index";

/** The families of part A: languages, frameworks, mobile, databases, data and ML, testing, games and hardware. */
const families: Record<string, ConceptInput[]> = {
  languages,
  frameworks,
  mobile,
  databases,
  "data-ml": dataMl,
  testing,
  "gamedev-embedded": gamedevEmbedded,
};
const concepts = Object.values(families).flat();

function aliasText(alias: ConceptInput["aliases"][number]): string {
  return typeof alias === "string" ? alias : alias.text;
}

describe("dictionary data, part A", () => {
  it("validates every concept against the schema", () => {
    const invalid = concepts.flatMap((concept) => {
      const parsed = ConceptSchema.safeParse(concept);
      return parsed.success ? [] : [`${concept.id}: ${parsed.error.issues[0]?.message}`];
    });
    expect(invalid).toEqual([]);
  });

  it("holds at least 450 technology concepts", () => {
    expect(
      concepts.filter((concept) => concept.kind === "technology").length,
    ).toBeGreaterThanOrEqual(450);
  });

  it("gives every concept a unique id and a unique hashtag", () => {
    const duplicates = (values: string[]) =>
      values.filter((value, position) => values.indexOf(value) !== position);
    expect(duplicates(concepts.map((concept) => concept.id))).toEqual([]);
    expect(duplicates(concepts.map((concept) => concept.hashtag))).toEqual([]);
  });

  it("writes hashtags lowercase, without spaces, dots or dashes", () => {
    const offenders = concepts.filter((concept) => !/^#[a-z0-9]+$/.test(concept.hashtag));
    expect(offenders.map((concept) => concept.hashtag)).toEqual([]);
  });

  it("uses the canonical hashtags of the labelling guideline", () => {
    const hashtagOf = (id: string) => concepts.find((concept) => concept.id === id)?.hashtag;
    const canonical: Array<[string, string]> = [
      ["golang", "#golang"],
      ["rustlang", "#rustlang"],
      ["rubylang", "#rubylang"],
      ["rstats", "#rstats"],
      ["cplusplus", "#cplusplus"],
      ["csharp", "#csharp"],
      ["dotnet", "#dotnet"],
      ["objectivec", "#objectivec"],
      ["reactjs", "#reactjs"],
      ["reactnative", "#reactnative"],
      ["vuejs", "#vuejs"],
      ["nextjs", "#nextjs"],
      ["nuxtjs", "#nuxtjs"],
      ["emberjs", "#emberjs"],
      ["nodejs", "#nodejs"],
      ["expressjs", "#expressjs"],
      ["nestjs", "#nestjs"],
      ["scikitlearn", "#scikitlearn"],
      ["postgresql", "#postgresql"],
      ["unreal", "#unreal"],
      ["materialui", "#materialui"],
    ];
    expect(canonical.map(([id]) => [id, hashtagOf(id)])).toEqual(canonical);
  });

  it("implies only concepts the bundled dictionary defines", () => {
    const known = new Set(
      Object.values(conceptFamilies).flatMap((family) => family.map((c) => c.id)),
    );
    const dangling = concepts.flatMap((concept) =>
      (concept.implies ?? []).filter((id) => !known.has(id)).map((id) => `${concept.id} -> ${id}`),
    );
    expect(dangling).toEqual([]);
  });

  it("never gives the same alias to two concepts", () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const concept of concepts) {
      for (const alias of concept.aliases) {
        const caseSensitive = typeof alias !== "string" && alias.caseSensitive === true;
        const key = caseSensitive ? `=${aliasText(alias)}` : aliasText(alias).toLowerCase();
        const owner = owners.get(key);
        if (owner !== undefined && owner !== concept.id)
          clashes.push(`${key}: ${owner}, ${concept.id}`);
        owners.set(key, concept.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("gives every single-letter alias a case-sensitive context rule", () => {
    const loose = concepts.flatMap((concept) =>
      concept.aliases
        .filter((alias) => aliasText(alias).length === 1)
        .filter((alias) => typeof alias === "string" || !alias.caseSensitive || !alias.context)
        .map((alias) => `${concept.id}: ${aliasText(alias)}`),
    );
    expect(loose).toEqual([]);
  });

  for (const [family, entries] of Object.entries(families)) {
    it(`keeps ${family} alphabetized by id`, () => {
      const ids = entries.map((concept) => concept.id);
      expect(ids).toEqual([...ids].sort());
    });

    it(`names its sources in the first line of ${family}.ts`, () => {
      const firstLine = readFileSync(
        new URL(`../src/dictionary/data/${family}.ts`, import.meta.url),
        "utf8",
      ).split("\n", 1)[0];
      expect(firstLine).toMatch(/^\/\/ Sources: .*(?:GitHub Explore|Linguist)/);
    });
  }

  it("finds the version and spelling variants postings use", () => {
    const sentence =
      "Python 3, PHP7, HTML5, CSS3, C++17, .NET 6, ASP.NET Core, Vue 3, Vue.js, Angular 12, AngularJS, ES2015+, Node.JS, Next.js, Spring Boot, Postgres, MS SQL, Mongo, RoR, Ruby-on-Rails, Objective C, sklearn, PySpark, UE4, Unity3D";
    expect(mentionsOf(sentence).map((mention) => `${mention.id}:${mention.text}`)).toEqual([
      "python:Python 3",
      "php:PHP7",
      "html:HTML5",
      "css:CSS3",
      "cplusplus:C++17",
      "dotnet:.NET 6",
      "dotnet:ASP.NET Core",
      "vuejs:Vue 3",
      "vuejs:Vue.js",
      "angular:Angular 12",
      "angularjs:AngularJS",
      "es6:ES2015+",
      "nodejs:Node.JS",
      "nextjs:Next.js",
      "spring:Spring Boot",
      "postgresql:Postgres",
      "sqlserver:MS SQL",
      "mongodb:Mongo",
      "rails:RoR",
      "rails:Ruby-on-Rails",
      "objectivec:Objective C",
      "scikitlearn:sklearn",
      "pyspark:PySpark",
      "unreal:UE4",
      "unity:Unity3D",
    ]);
  });
});
