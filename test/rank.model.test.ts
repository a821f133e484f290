import { describe, expect, it } from "vitest";
import { IdfModelSchema } from "../src/index";
import { defaultIdfModel } from "../src/rank/default-model";
import { idfOf, parseIdfModel } from "../src/rank/model";

describe("the bundled IDF model", () => {
  it("is a valid model", () => {
    expect(IdfModelSchema.safeParse(defaultIdfModel()).success).toBe(true);
  });

  it("weighs a concept by how few postings name it", () => {
    const model = parseIdfModel({
      kind: "jobtags-idf",
      version: 1,
      source: "test",
      documents: 99,
      concepts: { common: 49, rare: 0 },
      words: {},
    });
    expect(idfOf(model, "common")).toBeCloseTo(Math.log(100 / 50) + 1);
    expect(idfOf(model, "rare")).toBeCloseTo(Math.log(100) + 1);
    expect(idfOf(model, "unseen")).toBe(idfOf(model, "rare"));
  });

  it("names what is wrong with a model file", () => {
    expect(() => parseIdfModel({ kind: "jobtags-idf", version: 2 }, "model.json")).toThrow(
      /model.json is invalid at "version"/,
    );
    expect(() => parseIdfModel([], "model.json")).toThrow(/model.json is not a jobtags IDF model/);
  });
});
