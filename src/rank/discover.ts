import type { CompiledDictionary } from "../dictionary/compile";
import { findMentions, getDefaultDictionary } from "../dictionary/index";
import { normalizeBody } from "../text/index";
import type { IdfModel } from "./model";

/** A word or phrase the dictionary does not cover, with how widely the corpus uses it. */
export interface DiscoveredTerm {
  term: string;
  /** Postings that contain it. */
  documents: number;
  /** Corpus document frequency times background IDF: high for names common here, rare elsewhere. */
  score: number;
  /** Up to three snippets showing it in use. */
  examples: string[];
}

export interface DiscoverOptions {
  dictionary?: CompiledDictionary;
  /** The background model whose word frequencies say what is ordinary. */
  background: IdfModel;
  /** A term must appear in at least this many postings. @default 3 */
  minDocuments?: number;
  /** How many terms to return. @default 50 */
  limit?: number;
  onError?: (error: unknown, position: number) => void;
}

const SNIPPET_RADIUS = 50;
const LOWERCASE_WORD = /(?<![\w.])[a-z][a-z0-9]*(?![\w])/g;
/** A capitalized word also written in lower case this often (per posting) is an ordinary word. */
const ORDINARY_WORD_SHARE = 0.25;
const MAX_EXAMPLES = 3;

function isCovered(dictionary: CompiledDictionary, term: string): boolean {
  return findMentions(dictionary, term).some(
    (mention) => mention.start === 0 && mention.end === term.length,
  );
}

function snippet(text: string, term: string): string | undefined {
  const at = text.indexOf(term);
  if (at === -1) return undefined;
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(text.length, at + term.length + SNIPPET_RADIUS);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).replace(/\s+/g, " ")}${end < text.length ? "…" : ""}`;
}

/**
 * Proper nouns and runs of them (wink-nlp's part-of-speech tags) that no dictionary alias
 * covers, ranked by how many postings use them against how rare they are in the background
 * corpus: the technologies a board's dictionary is missing.
 */
export async function discoverTerms(
  postings:
    | Iterable<{ title: string; body: string }>
    | AsyncIterable<{ title: string; body: string }>,
  options: DiscoverOptions,
): Promise<DiscoveredTerm[]> {
  // Loaded on demand: the language model costs ~100 ms and tagging never needs it.
  const [{ default: winkNLP }, { default: model }, { default: stopwordList }] = await Promise.all([
    import("wink-nlp"),
    import("wink-eng-lite-web-model"),
    import("natural/lib/natural/util/stopwords.js"),
  ]);
  const stopwords = new Set<string>(stopwordList.words);
  const nlp = winkNLP(model);
  const its = nlp.its;
  const dictionary = options.dictionary ?? getDefaultDictionary();
  const documents = new Map<string, number>();
  // Postings that write a word in lower case: "Strong" heading a bullet is the word "strong".
  const lowercaseDocuments = new Map<string, number>();
  const examples = new Map<string, string[]>();
  let position = 0;
  for await (const posting of postings) {
    position += 1;
    let text: string;
    try {
      text = normalizeBody(posting.body).text;
    } catch (error) {
      if (!options.onError) throw error;
      options.onError(error, position);
      continue;
    }
    for (const word of new Set(text.match(LOWERCASE_WORD) ?? [])) {
      lowercaseDocuments.set(word, (lowercaseDocuments.get(word) ?? 0) + 1);
    }
    const terms = new Set<string>();
    const doc = nlp.readDoc(text);
    let run: string[] = [];
    const flush = () => {
      if (run.length > 0 && run.length <= 3) terms.add(run.join(" "));
      run = [];
    };
    doc.tokens().each((token: { out: (what?: unknown) => string }) => {
      const pos = token.out(its.pos);
      const word = token.out();
      const isName =
        pos === "PROPN" &&
        /[a-z]/i.test(word) &&
        word.length > 1 &&
        !stopwords.has(word.toLowerCase());
      if (isName) run.push(word);
      else flush();
    });
    flush();
    for (const term of terms) {
      documents.set(term, (documents.get(term) ?? 0) + 1);
      const list = examples.get(term) ?? [];
      if (list.length < MAX_EXAMPLES) {
        const example = snippet(text, term);
        if (example) list.push(example);
        examples.set(term, list);
      }
    }
  }

  const minDocuments = options.minDocuments ?? 3;
  const background = options.background;
  const ranked: DiscoveredTerm[] = [];
  for (const [term, count] of documents) {
    if (count < minDocuments || isCovered(dictionary, term)) continue;
    const ordinaryWord = term
      .split(" ")
      .some(
        (word) => (lowercaseDocuments.get(word.toLowerCase()) ?? 0) > count * ORDINARY_WORD_SHARE,
      );
    if (ordinaryWord) continue;
    const backgroundCount = Math.max(
      ...term
        .toLowerCase()
        .split(" ")
        .map((word) => background.words[word] ?? 0),
    );
    const idf = Math.log((background.documents + 1) / (backgroundCount + 1)) + 1;
    ranked.push({
      term,
      documents: count,
      score: Math.round(count * idf * 1000) / 1000,
      examples: examples.get(term) ?? [],
    });
  }
  ranked.sort(
    (a, b) => b.score - a.score || b.documents - a.documents || (a.term < b.term ? -1 : 1),
  );
  return ranked.slice(0, options.limit ?? 50);
}
