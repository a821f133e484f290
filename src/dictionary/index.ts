import { type CompiledDictionary, compileDictionary, parseConcepts } from "./compile";
import { conceptFamilies } from "./data/index";
import { conceptWithDefaults } from "./defaults";
import { findMentions, type Mention } from "./match";
import type { Concept } from "./schema";

export type { CompiledDictionary } from "./compile";
export { compileDictionary, parseConcepts } from "./compile";
export { findMentions, type Mention } from "./match";
export type { Alias, Concept, ConceptInput, ContextRule } from "./schema";
export { ConceptSchema } from "./schema";

/** The bundled concepts with their defaults (the tests validate them with the schema). */
export function bundledConcepts(): Concept[] {
  return Object.values(conceptFamilies).flatMap((concepts) => concepts.map(conceptWithDefaults));
}

export interface DictionaryChanges {
  /** Concepts to add, or to replace when the id exists. */
  add?: readonly unknown[];
  /** Concept ids to remove. */
  remove?: readonly string[];
}

/** The bundled dictionary with a caller's additions, replacements and removals, compiled. */
export function buildDictionary(changes: DictionaryChanges = {}): CompiledDictionary {
  const added = parseConcepts(changes.add ?? [], "options.dictionary.add");
  const replaced = new Set(added.map((concept) => concept.id));
  const removed = new Set(changes.remove ?? []);
  const concepts = bundledConcepts().filter(
    (concept) => !replaced.has(concept.id) && !removed.has(concept.id),
  );
  return compileDictionary([...concepts, ...added]);
}

let defaultDictionary: CompiledDictionary | undefined;

/** The bundled dictionary, compiled once per process. */
export function getDefaultDictionary(): CompiledDictionary {
  defaultDictionary ??= buildDictionary();
  return defaultDictionary;
}

/** Convenience for tests and scripts: mentions in `text` as `{ id, text, start, end }`. */
export function mentionsOf(
  text: string,
  dictionary: CompiledDictionary = getDefaultDictionary(),
): Array<{ id: string; text: string; start: number; end: number }> {
  return findMentions(dictionary, text).map((mention: Mention) => ({
    id: dictionary.concepts[mention.concept]?.id ?? "",
    text: text.slice(mention.start, mention.end),
    start: mention.start,
    end: mention.end,
  }));
}
