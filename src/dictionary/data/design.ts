import type { ConceptInput } from "../schema";

export const design: ConceptInput[] = [];
