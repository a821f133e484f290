import type { ConceptInput } from "../schema";

export const cloud: ConceptInput[] = [];
