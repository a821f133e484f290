import type { ConceptInput } from "../schema";

export const testing: ConceptInput[] = [];
