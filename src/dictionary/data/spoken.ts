import type { ConceptInput } from "../schema";

export const spoken: ConceptInput[] = [];
