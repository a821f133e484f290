import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { areas } from "../src/dictionary/data/areas";
import { business } from "../src/dictionary/data/business";
import { cloud } from "../src/dictionary/data/cloud";
import { design } from "../src/dictionary/data/design";
import { devtools } from "../src/dictionary/data/devtools";
import { infrastructure } from "../src/dictionary/data/infrastructure";
import { practices } from "../src/dictionary/data/practices";
import { spoken } from "../src/dictionary/data/spoken";
import { bundledConcepts, compileDictionary, parseConcepts } from "../src/dictionary/index";
import type { ConceptInput } from "../src/dictionary/schema";
import { AREAS } from "../src/schema/enums";

/** The concept families part B of the dictionary owns, by file name. */
const families: Record<string, ConceptInput[]> = {
  cloud,
  infrastructure,
  devtools,
  design,
  business,
  practices,
  areas,
  spoken,
};

const technologyFamilies = [
  "cloud",
  "infrastructure",
  "devtools",
  "design",
  "business",
  "practices",
];

/**
 * Technology concepts whose hashtag is not `#` + id, each for a reason: the canonical tag is
 * shorter than a clear id, or LABELING.md and curators spell it so.
 */
const HASHTAG_NOT_ID: Record<string, string> = {
  azureactivedirectory: "#azuread",
  fixprotocol: "#fix",
  powerquery: "#powerm",
  salesforcelightning: "#lightning",
};

/** Canonical forms LABELING.md fixes, with the concept that must carry each. */
const CANONICAL: Record<string, string> = {
  aws: "#aws",
  azure: "#azure",
  googlecloud: "#googlecloud",
  heroku: "#heroku",
  docker: "#docker",
  kubernetes: "#kubernetes",
  terraform: "#terraform",
  ansible: "#ansible",
  chef: "#chef",
  puppet: "#puppet",
  helm: "#helm",
  jenkins: "#jenkins",
  githubactions: "#githubactions",
  gitlab: "#gitlab",
  circleci: "#circleci",
  cicd: "#cicd",
  git: "#git",
  linux: "#linux",
  windows: "#windows",
  macos: "#macos",
  wordpress: "#wordpress",
  shopify: "#shopify",
  salesforce: "#salesforce",
  hubspot: "#hubspot",
  zendesk: "#zendesk",
  intercom: "#intercom",
  jira: "#jira",
  confluence: "#confluence",
  asana: "#asana",
  notion: "#notion",
  slack: "#slack",
  figma: "#figma",
  sketch: "#sketch",
  adobexd: "#adobexd",
  photoshop: "#photoshop",
  illustrator: "#illustrator",
  excel: "#excel",
  googleanalytics: "#googleanalytics",
  tableau: "#tableau",
  looker: "#looker",
  powerbi: "#powerbi",
  scrum: "#scrum",
  agile: "#agile",
  kanban: "#kanban",
  tdd: "#tdd",
  seo: "#seo",
  sem: "#sem",
  graphql: "#graphql",
  rest: "#rest",
  grpc: "#grpc",
  webrtc: "#webrtc",
  websockets: "#websockets",
  "ui-ux": "#ui/ux",
  "customer-support": "#customer-support",
  "machine-learning": "#machine-learning",
};

function aliasTexts(concept: ConceptInput): string[] {
  return concept.aliases.map((alias) => (typeof alias === "string" ? alias : alias.text));
}

describe("part B dictionary data", () => {
  const all = Object.values(families).flat();
  const byId = new Map(all.map((concept) => [concept.id, concept]));

  it("validates every concept of every file with the schema", () => {
    for (const [family, concepts] of Object.entries(families)) {
      expect(() => parseConcepts(concepts, `data/${family}`)).not.toThrow();
    }
  });

  it("compiles together with the whole bundled dictionary, so no alias or id is claimed twice", () => {
    expect(() => compileDictionary(bundledConcepts())).not.toThrow();
  });

  it("gives every concept an id of its own", () => {
    expect(new Set(all.map((concept) => concept.id)).size).toBe(all.length);
  });

  it("keeps the entries of each file in alphabetical order of id", () => {
    for (const concepts of Object.values(families)) {
      const ids = concepts.map((concept) => concept.id);
      expect(ids).toEqual([...ids].sort());
    }
  });

  it("opens each file with a comment naming its sources", () => {
    for (const family of Object.keys(families)) {
      const path = fileURLToPath(new URL(`../src/dictionary/data/${family}.ts`, import.meta.url));
      const firstLine = readFileSync(path, "utf8").split("\n", 1)[0] ?? "";
      expect(firstLine).toMatch(/^\/\/ Sources: \S/);
    }
  });

  it("spells the hashtags LABELING.md fixes exactly so", () => {
    for (const [id, hashtag] of Object.entries(CANONICAL)) {
      expect(byId.get(id)?.hashtag, id).toBe(hashtag);
    }
  });

  it("derives every technology hashtag from its id, but for the listed exceptions", () => {
    for (const family of technologyFamilies) {
      for (const concept of families[family] ?? []) {
        expect(concept.kind, concept.id).toBe("technology");
        expect(concept.hashtag, concept.id).toBe(HASHTAG_NOT_ID[concept.id] ?? `#${concept.id}`);
      }
    }
  });

  it("uses no hashtag twice", () => {
    const hashtags = all.map((concept) => concept.hashtag);
    expect(new Set(hashtags).size).toBe(hashtags.length);
  });

  it("implies only concepts that exist in the bundled dictionary", () => {
    const bundledIds = new Set(bundledConcepts().map((concept) => concept.id));
    for (const concept of all) {
      for (const implied of concept.implies ?? []) {
        expect(bundledIds.has(implied), `${concept.id} -> ${implied}`).toBe(true);
      }
    }
  });

  it("names AWS services without 'AWS' as their own tags that still give #aws", () => {
    for (const id of [
      "s3",
      "ec2",
      "ecs",
      "rds",
      "sqs",
      "awslambda",
      "cloudformation",
      "redshift",
    ]) {
      expect(byId.get(id)?.implies, id).toContain("aws");
    }
    expect(aliasTexts(byId.get("s3") as ConceptInput)).toContain("S3");
  });

  it("has an area concept for every area but seo, whose evidence is the seo practice", () => {
    const areaIds = areas.map((concept) => concept.id);
    expect(areaIds).toEqual(
      AREAS.filter((area) => area !== "seo")
        .map((area) => area.replace("/", "-"))
        .sort(),
    );
    for (const concept of areas) {
      expect(concept.kind).toBe("area");
      expect(concept.areas).toHaveLength(1);
      expect(concept.hashtag).toBe(`#${concept.areas?.[0]}`);
    }
    expect(byId.get("seo")).toMatchObject({ kind: "technology", hashtag: "#seo", areas: ["seo"] });
  });

  it("tags spoken languages by their English name, every alias under the spokenLanguage rule", () => {
    for (const concept of spoken) {
      expect(concept.kind).toBe("spoken");
      expect(concept.hashtag).toBe(`#${concept.id}`);
      for (const alias of concept.aliases) {
        expect(alias).toMatchObject({ caseSensitive: true, context: "spokenLanguage" });
      }
    }
  });

  it("covers at least 400 technology concepts", () => {
    const count = technologyFamilies.reduce(
      (sum, family) => sum + (families[family]?.length ?? 0),
      0,
    );
    expect(count).toBeGreaterThanOrEqual(400);
  });

  it("weighs tags curators rarely publish below 1 and the ones they do at 1", () => {
    for (const id of ["git", "github", "slack", "jira", "confluence", "http", "json", "cicd"]) {
      expect(byId.get(id)?.weight ?? 1, id).toBeLessThan(1);
    }
    for (const id of ["aws", "docker", "kubernetes", "terraform", "figma", "salesforce", "linux"]) {
      expect(byId.get(id)?.weight ?? 1, id).toBe(1);
    }
  });
});
