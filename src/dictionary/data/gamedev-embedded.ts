import type { ConceptInput } from "../schema";

export const gamedevEmbedded: ConceptInput[] = [];
