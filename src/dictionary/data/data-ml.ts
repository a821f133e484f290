import type { ConceptInput } from "../schema";

export const dataMl: ConceptInput[] = [];
