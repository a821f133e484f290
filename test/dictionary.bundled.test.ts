import { describe, expect, it } from "vitest";
import { conceptFamilies } from "../src/dictionary/data/index";
import {
  bundledConcepts,
  getDefaultDictionary,
  mentionsOf,
  parseConcepts,
} from "../src/dictionary/index";
import { AREAS } from "../src/schema/enums";

describe("the bundled dictionary", () => {
  const concepts = bundledConcepts();

  it("compiles: ids unique, aliases owned once, implied concepts present", () => {
    expect(() => getDefaultDictionary()).not.toThrow();
  });

  it("holds at least 800 technology concepts", () => {
    expect(
      concepts.filter((concept) => concept.kind === "technology").length,
    ).toBeGreaterThanOrEqual(800);
  });

  it("has a concept for every functional area (#seo is a technology and an area at once)", () => {
    const hashtags = new Set(concepts.map((concept) => concept.hashtag));
    expect(AREAS.filter((area) => !hashtags.has(`#${area}`))).toEqual([]);
  });

  it("spells every hashtag in canonical form: lowercase, no spaces or dots", () => {
    const offenders = concepts.filter(
      (concept) => !/^#[a-z0-9][a-z0-9\-/+#]*$/.test(concept.hashtag),
    );
    expect(offenders.map((concept) => concept.id)).toEqual([]);
  });

  it("gives one hashtag to one concept", () => {
    const owners = new Map<string, string[]>();
    for (const concept of concepts)
      owners.set(concept.hashtag, [...(owners.get(concept.hashtag) ?? []), concept.id]);
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it("finds the surface forms postings use, with the concepts they imply", () => {
    const sentence =
      "Golang, GoLang, Go lang, ReactJS, React.js, NodeJS, k8s, Postgres, GCP, Google Cloud Platform, C/C++, ASP.NET Core, .NET 6, Vue 3, Angular 12, ES6, Objective-C, CI/CD, UI/UX, AWS Lambda, Ruby on Rails";
    const byId = new Map(concepts.map((concept) => [concept.id, concept]));
    const ids = mentionsOf(sentence).flatMap((mention) => [
      mention.id,
      ...(byId.get(mention.id)?.implies ?? []),
    ]);
    const hashtags = ids.map((id) => byId.get(id)?.hashtag);
    expect(new Set(hashtags)).toEqual(
      new Set([
        "#golang",
        "#reactjs",
        "#nodejs",
        "#kubernetes",
        "#postgresql",
        "#googlecloud",
        "#c",
        "#cplusplus",
        "#dotnet",
        "#vuejs",
        "#angular",
        "#es6",
        "#objectivec",
        "#cicd",
        "#ui/ux",
        "#aws",
        "#awslambda",
        "#rails",
        "#rubylang",
        "#javascript",
      ]),
    );
  });
});

describe("the bundled dictionary at start-up", () => {
  it("fills in the same defaults as validating every family with the schema", () => {
    const validated = Object.entries(conceptFamilies).flatMap(([family, entries]) =>
      parseConcepts(entries, `data/${family}`),
    );
    expect(bundledConcepts()).toEqual(validated);
  });
});
