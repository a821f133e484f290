import type { ConceptInput } from "../schema";

export const practices: ConceptInput[] = [];
