import type { ConceptInput } from "../schema";

export const areas: ConceptInput[] = [];
