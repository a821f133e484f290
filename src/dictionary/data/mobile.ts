import type { ConceptInput } from "../schema";

export const mobile: ConceptInput[] = [];
