import type { CompiledDictionary } from "../dictionary/compile";
import { findMentions, getDefaultDictionary } from "../dictionary/index";
import { normalizeBody } from "../text/index";
import { IDF_MODEL_KIND, IDF_MODEL_VERSION, type IdfModel } from "./model";

const WORD = /[a-z][a-z0-9+#]*(?:[.-][a-z0-9]+)*/g;

/** The distinct lowercase words of a text (letters first; digits, `+`, `#`, inner `.`/`-` kept). */
export function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

export interface FitOptions {
  dictionary?: CompiledDictionary;
  /** A note on where the postings came from, stored in the model. */
  source?: string;
  /** Words found in fewer postings are left out of the model, to keep it small. @default 3 */
  minWordDocuments?: number;
  /** Called for a posting that cannot be read; fitting goes on without it. */
  onError?: (error: unknown, position: number) => void;
}

export interface IdfFitter {
  /** Counts one posting; a body that cannot be normalized throws `JobtagsError`. */
  add(posting: { title: string; body: string }): void;
  /** The model of everything added so far. */
  finish(): IdfModel;
}

/** Counts postings one at a time, so a corpus of any size streams through in constant memory. */
export function createIdfFitter(options: FitOptions = {}): IdfFitter {
  const dictionary = options.dictionary ?? getDefaultDictionary();
  const concepts = new Map<string, number>();
  const words = new Map<string, number>();
  let documents = 0;
  return {
    add(posting) {
      const text = normalizeBody(posting.body).text;
      documents += 1;
      const seen = new Set<string>();
      for (const source of [posting.title, text]) {
        for (const mention of findMentions(dictionary, source)) {
          const concept = dictionary.concepts[mention.concept];
          if (!concept) continue;
          seen.add(concept.id);
          for (const implied of concept.implies) seen.add(implied);
        }
      }
      for (const id of seen) concepts.set(id, (concepts.get(id) ?? 0) + 1);
      for (const word of wordsOf(`${posting.title}\n${text}`))
        words.set(word, (words.get(word) ?? 0) + 1);
    },
    finish() {
      const minWordDocuments = options.minWordDocuments ?? 3;
      const sortedEntries = (map: Map<string, number>, min: number) =>
        Object.fromEntries(
          [...map]
            .filter(([, count]) => count >= min)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        );
      return {
        kind: IDF_MODEL_KIND,
        version: IDF_MODEL_VERSION,
        source: options.source ?? "unnamed corpus",
        documents: Math.max(documents, 1),
        concepts: sortedEntries(concepts, 1),
        words: sortedEntries(words, minWordDocuments),
      };
    },
  };
}

/** Counts, over a corpus, how many postings mention each concept and contain each word. */
export function fitIdfModel(
  postings: Iterable<{ title: string; body: string }>,
  options: FitOptions = {},
): IdfModel {
  const fitter = createIdfFitter(options);
  let position = 0;
  for (const posting of postings) {
    position += 1;
    try {
      fitter.add(posting);
    } catch (error) {
      if (!options.onError) throw error;
      options.onError(error, position);
    }
  }
  return fitter.finish();
}
