import type { CompiledDictionary } from "../dictionary/compile";
import type { Mention } from "../dictionary/match";
import type { Concept } from "../dictionary/schema";
import type { Section } from "../schema/enums";
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
  sections: Set<Section>;
  evidence: Evidence[];
  /** Offset of the first mention in the body (title mentions count as -1): earlier is better. */
  firstOffset: number;
}

const MAX_EVIDENCE = 8;

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
 * TF-IDF with section weights: sublinear term frequency (1 + ln count) of the section-weighted
 * mentions, times the concept's IDF, times its curated weight.
 */
export function scoreConcepts(
  dictionary: CompiledDictionary,
  idf: IdfModel,
  mentions: readonly LocatedMention[],
): ScoredConcept[] {
  const byConcept = new Map<
    number,
    { weighted: number; count: number; sections: Set<Section>; evidence: Evidence[]; first: number }
  >();
  for (const { mention, evidence } of mentions) {
    let entry = byConcept.get(mention.concept);
    if (!entry) {
      entry = {
        weighted: 0,
        count: 0,
        sections: new Set(),
        evidence: [],
        first: Number.POSITIVE_INFINITY,
      };
      byConcept.set(mention.concept, entry);
    }
    entry.count += 1;
    entry.weighted += SECTION_WEIGHTS[evidence.section];
    entry.sections.add(evidence.section);
    if (entry.evidence.length < MAX_EVIDENCE) entry.evidence.push(evidence);
    const offset = evidence.section === "title" ? -1 : evidence.start;
    if (offset < entry.first) entry.first = offset;
  }

  // The model and dictionary of a tagger never change: their powers are worked out once.
  const powers = idfPowersOf(dictionary, idf);
  const scored = new Map<number, ScoredConcept>();
  for (const [index, entry] of byConcept) {
    const concept = dictionary.concepts[index];
    if (!concept) continue;
    // Sublinear in the weighted count, so ten mentions in the benefits never beat one in the title.
    const tf = Math.log1p(entry.weighted) * (1 + SPREAD_BONUS * (entry.sections.size - 1));
    scored.set(index, {
      concept,
      score: tf * (powers[index] as number) * concept.weight,
      count: entry.count,
      impliedOnly: false,
      sections: entry.sections,
      evidence: entry.evidence,
      firstOffset: entry.first,
    });
  }

  for (const [index, source] of [...scored]) {
    for (const impliedId of source.concept.implies) {
      const impliedIndex = dictionary.byId.get(impliedId);
      const implied = impliedIndex === undefined ? undefined : dictionary.concepts[impliedIndex];
      if (impliedIndex === undefined || !implied || impliedIndex === index) continue;
      const share =
        source.score * IMPLIED_SHARE * (implied.weight / Math.max(source.concept.weight, 0.01));
      const existing = scored.get(impliedIndex);
      if (existing) {
        existing.score = Math.max(existing.score, share);
      } else {
        scored.set(impliedIndex, {
          concept: implied,
          score: share,
          count: 0,
          impliedOnly: true,
          sections: new Set(source.sections),
          evidence: source.evidence.slice(0, 1),
          firstOffset: source.firstOffset,
        });
      }
    }
  }

  return [...scored.values()].sort(compareScored);
}

/** Best first; ties broken by first appearance, then id, so output is deterministic. */
export function compareScored(a: ScoredConcept, b: ScoredConcept): number {
  return (
    b.score - a.score ||
    a.firstOffset - b.firstOffset ||
    (a.concept.id < b.concept.id ? -1 : a.concept.id > b.concept.id ? 1 : 0)
  );
}
