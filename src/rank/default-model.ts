import defaultModelData from "./data/idf-default.json";
import { type IdfModel, parseIdfModel } from "./model";

let cached: IdfModel | undefined;

/** The IDF model fitted on the shared remote-jobs corpus (see scripts/fit-idf.ts). */
export function defaultIdfModel(): IdfModel {
  cached ??= parseIdfModel(defaultModelData, "bundled idf model");
  return cached;
}
