import type { ConceptInput } from "../schema";

export const devtools: ConceptInput[] = [];
