import type { ConceptInput } from "../schema";

export const business: ConceptInput[] = [];
