import type { ConceptInput } from "../schema";

export const frameworks: ConceptInput[] = [];
