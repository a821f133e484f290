import type { ConceptInput } from "../schema";

export const infrastructure: ConceptInput[] = [];
