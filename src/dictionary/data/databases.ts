import type { ConceptInput } from "../schema";

export const databases: ConceptInput[] = [];
