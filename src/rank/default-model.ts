import defaultModelData from "./data/idf-default.json";
import type { IdfModel } from "./model";

/**
 * The IDF model fitted on the shared remote-jobs corpus (see scripts/fit-idf.ts). It is not
 * validated at load: a test validates it with `IdfModelSchema`, and parsing its thousands of
 * records with zod would add ~20 ms to every cold start.
 */
export function defaultIdfModel(): IdfModel {
  return defaultModelData as IdfModel;
}
