import type { CompiledDictionary } from "../dictionary/compile";
import type { Mention } from "../dictionary/match";
import type { Concept } from "../dictionary/schema";
import { SECTIONS, type Section } from "../schema/enums";
import type { Evidence } from "../schema/result";
import { type IdfModel, idfOf } from "./model";
import { IDF_EXPONENT, IMPLIED_SHARE, SECTION_WEIGHTS, SPREAD_BONUS } from "./weights";

/** A mention located in the posting: offsets already mapped to the original body or title. */
export interface LocatedMention {
  mention: Mention;
  evidence: Evidence;
}

/** A concept's aggregated mentions and score. */
export interface ScoredConcept {
  concept: Concept;
  score: number;
  count: number;
  /** Whether the concept was only implied by another (`rubylang` by `rails`). */
  impliedOnly: boolean;
  /** The sections it is mentioned in, as `sectionBit`s. */
  sections: number;
  evidence: Evidence[];
  /** Offset of the first mention in the body (title mentions count as -1): earlier is better. */
  firstOffset: number;
}

const MAX_EVIDENCE = 8;

const SECTION_BITS = Object.fromEntries(
  SECTIONS.map((section, position) => [section, 1 << position]),
) as Record<Section, number>;

/** A section's bit in `ScoredConcept.sections`. */
export function sectionBit(section: Section): number {
  return SECTION_BITS[section];
}

/** How many sections a `ScoredConcept.sections` holds. */
function sectionCount(sections: number): number {
  let count = 0;
  for (let rest = sections; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/** `idfOf(model, id) ** IDF_EXPONENT` of every concept of a dictionary, by concept index. */
const idfPowers = new WeakMap<IdfModel, WeakMap<CompiledDictionary, Float64Array>>();

function idfPowersOf(dictionary: CompiledDictionary, idf: IdfModel): Float64Array {
  let byDictionary = idfPowers.get(idf);
  if (!byDictionary) {
    byDictionary = new WeakMap();
    idfPowers.set(idf, byDictionary);
  }
  let powers = byDictionary.get(dictionary);
  if (!powers) {
    powers = Float64Array.from(
      dictionary.concepts,
      (concept) => idfOf(idf, concept.id) ** IDF_EXPONENT,
    );
    byDictionary.set(dictionary, powers);
  }
  return powers;
}

/**
 * By dictionary, by concept index: where the concept's entry is in the posting being scored,
 * or -1. Every call sets the slots it used back to -1 before returning, so one table serves
 * call after call.
 */
const entrySlots = new WeakMap<CompiledDictionary, Int32Array>();

function entrySlotsOf(dictionary: CompiledDictionary): Int32Array {
  let slots = entrySlots.get(dictionary);
  if (!slots) {
    slots = new Int32Array(dictionary.concepts.length).fill(-1);
    entrySlots.set(dictionary, slots);
  }
  return slots;
}

/**
 * TF-IDF with section weights: sublinear term frequency (1 + ln count) of the section-weighted
 * mentions, times the concept's IDF, times its curated weight.
 */
export function scoreConcepts(
  dictionary: CompiledDictionary,
  idf: IdfModel,
  mentions: readonly LocatedMention[],
): ScoredConcept[] {
  const { implied } = dictionary;
  const slots = entrySlotsOf(dictionary);
  // One entry per concept in order of first mention, with its index and weighted count beside.
  const entries: ScoredConcept[] = [];
  const indices: number[] = [];
  const weights: number[] = [];
  for (const { mention, evidence } of mentions) {
    const index = mention.concept;
    const concept = dictionary.concepts[index];
    if (!concept) continue;
    let slot = slots[index] as number;
    if (slot < 0) {
      slot = entries.length;
      slots[index] = slot;
      entries.push({
        concept,
        // Set for every entry below. NaN rather than 0 makes the field a double from the start:
        // V8 changed the entries' shape when a 0 was overwritten with a fraction.
        score: Number.NaN,
        count: 0,
        impliedOnly: false,
        sections: 0,
        evidence: [],
        firstOffset: Number.POSITIVE_INFINITY,
      });
      indices.push(index);
      weights.push(0);
    }
    const entry = entries[slot] as ScoredConcept;
    entry.count += 1;
    weights[slot] = (weights[slot] as number) + SECTION_WEIGHTS[evidence.section];
    entry.sections |= SECTION_BITS[evidence.section];
    if (entry.evidence.length < MAX_EVIDENCE) entry.evidence.push(evidence);
    const offset = evidence.section === "title" ? -1 : evidence.start;
    if (offset < entry.firstOffset) entry.firstOffset = offset;
  }

  // The model and dictionary of a tagger never change: their powers are worked out once.
  const powers = idfPowersOf(dictionary, idf);
  const mentioned = entries.length;
  for (let slot = 0; slot < mentioned; slot++) {
    const entry = entries[slot] as ScoredConcept;
    // Sublinear in the weighted count, so ten mentions in the benefits never beat one in the title.
    const tf =
      Math.log1p(weights[slot] as number) * (1 + SPREAD_BONUS * (sectionCount(entry.sections) - 1));
    entry.score = tf * (powers[indices[slot] as number] as number) * entry.concept.weight;
  }

  for (let slot = 0; slot < mentioned; slot++) {
    const source = entries[slot] as ScoredConcept;
    const index = indices[slot] as number;
    for (const impliedIndex of implied[index] as number[]) {
      if (impliedIndex === index) continue;
      const concept = dictionary.concepts[impliedIndex] as Concept;
      const share =
        source.score * IMPLIED_SHARE * (concept.weight / Math.max(source.concept.weight, 0.01));
      const existing = slots[impliedIndex] as number;
      if (existing >= 0) {
        const entry = entries[existing] as ScoredConcept;
        entry.score = Math.max(entry.score, share);
      } else {
        slots[impliedIndex] = entries.length;
        indices.push(impliedIndex);
        entries.push({
          concept,
          score: share,
          count: 0,
          impliedOnly: true,
          sections: source.sections,
          evidence: source.evidence.slice(0, 1),
          firstOffset: source.firstOffset,
        });
      }
    }
  }

  for (const index of indices) slots[index] = -1;
  return entries.sort(compareScored);
}

/** Best first; ties broken by first appearance, then id, so output is deterministic. */
export function compareScored(a: ScoredConcept, b: ScoredConcept): number {
  return (
    b.score - a.score ||
    a.firstOffset - b.firstOffset ||
    (a.concept.id < b.concept.id ? -1 : a.concept.id > b.concept.id ? 1 : 0)
  );
}
