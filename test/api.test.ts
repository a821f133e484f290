import { describe, expect, it } from "vitest";
import * as jobtags from "../src/index";
import {
  createTagger,
  JobtagsError,
  PostingInputSchema,
  TagResultSchema,
  tagPosting,
} from "../src/index";

describe("public api", () => {
  it("exposes exactly these names", () => {
    expect(Object.keys(jobtags).sort()).toEqual(
      [
        "AREAS",
        "CATEGORIES",
        "ConceptSchema",
        "EMPLOYMENT_TYPES",
        "EvidenceSchema",
        "IdfModelSchema",
        "JOB_TYPES",
        "JobtagsError",
        "PostingInputSchema",
        "REMOTE_POLICIES",
        "SECTIONS",
        "SENIORITIES",
        "SalarySchema",
        "TagResultSchema",
        "TagSchema",
        "TaggerOptionsSchema",
        "createTagger",
        "discoverTerms",
        "fitIdfModel",
        "jsonSchemas",
        "parsePosting",
        "tagPosting",
      ].sort(),
    );
  });
});

describe("input validation", () => {
  it("names the missing field", () => {
    expect(() => tagPosting({ body: "We use Go." })).toThrow(/posting field "title"/);
  });

  it("names a field of the wrong type and the record", () => {
    let error: unknown;
    try {
      tagPosting({ id: "job-7", title: "Engineer", body: 42 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(JobtagsError);
    expect((error as JobtagsError).code).toBe("invalid-input");
    expect((error as JobtagsError).field).toBe("body");
    expect((error as JobtagsError).record).toBe("job-7");
    expect((error as JobtagsError).message).toMatch(/posting field "body" \(posting "job-7"\)/);
  });

  it("refuses something that is not an object", () => {
    expect(() => tagPosting("Backend Engineer")).toThrow(
      /posting must be an object with title and body, got string/,
    );
    expect(() => tagPosting([])).toThrow(/got array/);
  });

  it("refuses an empty body with its own code", () => {
    let error: unknown;
    try {
      tagPosting({ id: "empty-1", title: "Engineer", body: "  \n " });
    } catch (caught) {
      error = caught;
    }
    expect((error as JobtagsError).code).toBe("empty-body");
    expect((error as JobtagsError).record).toBe("empty-1");
  });

  it("refuses unknown options at creation, naming the option", () => {
    expect(() => createTagger({ maxHashtags: -1 })).toThrow(/options\.maxHashtags/);
    expect(() => createTagger({ colour: "red" } as never)).toThrow(/options/);
  });

  it("refuses a foreign IDF model", () => {
    expect(() => createTagger({ idf: { kind: "something-else" } })).toThrow(
      /is not a jobtags IDF model/,
    );
  });
});

describe("schemas", () => {
  it("accepts what tagPosting returns", () => {
    const result = tagPosting({
      id: "go-1",
      title: "Backend Engineer",
      body: "We build our platform in Go and Rust on Kubernetes.",
    });
    expect(TagResultSchema.parse(result)).toEqual(result);
    expect(PostingInputSchema.safeParse({ title: "x" }).success).toBe(false);
  });

  it("tags the foundation example", () => {
    const result = tagPosting({
      title: "Backend Engineer",
      body: "We build our platform in Go and Rust on Kubernetes.",
    });
    expect(result.hashtags).toEqual(
      expect.arrayContaining(["#golang", "#rustlang", "#kubernetes"]),
    );
    expect(result.jobType).toBe("software");
  });

  it("is deterministic", () => {
    const posting = {
      title: "Data Engineer",
      body: "Spark, Airflow and dbt on Snowflake. Python required.",
    };
    expect(JSON.stringify(tagPosting(posting))).toBe(JSON.stringify(tagPosting(posting)));
  });
});
