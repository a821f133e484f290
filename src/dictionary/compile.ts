import { JobtagsError } from "../errors";
import { patterns as sharedPatterns } from "./data/patterns";
import { rules as sharedRules } from "./data/rules";
import {
  type Concept,
  ConceptSchema,
  type ContextRule,
  ContextRuleSchema,
  type Pattern,
} from "./schema";

export interface CompiledPattern {
  before: RegExp | undefined;
  after: RegExp | undefined;
}

export interface CompiledRule {
  reject: CompiledPattern[];
  accept: CompiledPattern[];
  /** `reject` as few expressions: whether any of its patterns matches. */
  anyReject: PatternSet;
  /** `accept` as few expressions: whether any of its patterns matches. */
  anyAccept: PatternSet;
  list: boolean;
  otherwise: "accept" | "reject";
}

/**
 * Patterns of which one matching is enough, merged: the `before`-only ones into one expression
 * and the `after`-only ones into another (one scan of each context instead of one per pattern,
 * and the `before` ones each scan a window of up to 80 characters from every start). Patterns
 * with both sides, or with other flags than the rest, are tested one by one.
 */
export interface PatternSet {
  before: RegExp | undefined;
  after: RegExp | undefined;
  others: CompiledPattern[];
}

/** `patterns` as a `PatternSet`. */
export function patternSet(patterns: readonly CompiledPattern[]): PatternSet {
  const before: RegExp[] = [];
  const after: RegExp[] = [];
  const others: CompiledPattern[] = [];
  const flags = patterns[0]?.before?.flags ?? patterns[0]?.after?.flags ?? "";
  for (const pattern of patterns) {
    const side = pattern.before ?? pattern.after;
    if (
      !side ||
      (pattern.before && pattern.after) ||
      side.flags !== flags ||
      NOT_MERGEABLE.test(side.source)
    ) {
      others.push(pattern);
    } else if (pattern.before) {
      before.push(pattern.before);
    } else {
      after.push(side);
    }
  }
  return { before: anyOf(before, flags), after: anyOf(after, flags), others };
}

/**
 * A backreference (`\1`, `\k<name>`) or a named group would mean something else, or nothing,
 * beside other patterns' groups: such a pattern (a caller's; the bundled ones have none) is
 * tested alone.
 */
const NOT_MERGEABLE = /\\[1-9]|\\k<|\(\?<(?![=!])/;

/** One expression that matches where any of `expressions` does. */
function anyOf(expressions: readonly RegExp[], flags: string): RegExp | undefined {
  if (expressions.length <= 1) return expressions[0];
  return new RegExp(expressions.map((expression) => `(?:${expression.source})`).join("|"), flags);
}

/** One alias ready for matching. */
export interface CompiledAlias {
  /** The alias lowercased: what the lowercased text must contain. */
  lower: string;
  /** The alias as written: what the text must contain when `caseSensitive`. */
  exact: string;
  caseSensitive: boolean;
  /** Index into `CompiledDictionary.concepts`. */
  concept: number;
  rule: CompiledRule | undefined;
  /** True when the alias ends in a letter or digit: then `C` must not match in `C++`. */
  endsInWordChar: boolean;
}

/**
 * The aliases by `wordHash(key)`, laid out for the scanner: an open-addressed table of pairs
 * (hash, 1 + offset into `entries`), 0 marking an empty slot, and at each offset the count of
 * aliases filed under that hash, then ALIAS_INTS ints per alias, longest first: its key's
 * length, the two characters after the key (-1 past the alias's end), its index in `aliases`,
 * and where its lower-case text starts in `texts` and how long it is.
 *
 * "google" has some eighty aliases; a word of text is compared only with those whose next two
 * characters it shares, then with their texts, all read from two flat arrays; the alias
 * object is touched only once its text matches. (A `Map` of buckets boxed every hash outside
 * the small-integer range, a fifth of a posting's words, and the objects and strings of a
 * bucket lay all over the heap: reaching them cost more than comparing them.) Keys whose
 * hashes collide share an entry: matching compares every alias's text, so a word only
 * matches aliases of its own key.
 */
export interface WordTable {
  /** The slot count is `2 ** (32 - shift)`; `mask` is that count less one. */
  shift: number;
  mask: number;
  slots: Int32Array;
  entries: Int32Array;
  aliases: CompiledAlias[];
  /** The lower-case texts of all aliases, one after another. */
  texts: string;
  /**
   * One bit per `hash & FILTER_MASK` of every key: most words of a text are no key, and this
   * small set (it stays in cache) dismisses nineteen in twenty of them without the table.
   */
  filter: Int32Array;
}

/** Ints per alias in `WordTable.entries`. */
export const ALIAS_INTS = 6;

const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

export interface CompiledDictionary {
  concepts: Concept[];
  byId: Map<string, number>;
  /** Aliases by their first word (lowercase), longest first; dot-led aliases under `.word`. */
  index: Map<string, CompiledAlias[]>;
  /** The same aliases by `wordHash(key)`, so the scanner looks words up without slicing them. */
  words: WordTable;
}

/** A 32-bit hash of a lowercase word, the one the scanner computes char by char. */
export function wordHash(word: string): number {
  let hash = 0;
  for (let position = 0; position < word.length; position++) {
    hash = (Math.imul(hash, 31) + word.charCodeAt(position)) | 0;
  }
  return hash;
}

/** The first slot to probe for `hash`: multiplicative hashing, the product's top bits. */
function wordSlot(hash: number, shift: number): number {
  return Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) >>> shift;
}

/** The offset in `table.entries` of the aliases filed under `hash`, or -1. */
export function entryOf(table: WordTable, hash: number): number {
  const bit = hash & FILTER_MASK;
  if (((table.filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
  const { mask, slots } = table;
  let slot = wordSlot(hash, table.shift);
  for (;;) {
    const entry = slots[slot * 2 + 1] as number;
    if (entry === 0) return -1;
    if (slots[slot * 2] === hash) return entry - 1;
    slot = (slot + 1) & mask;
  }
}

function buildWordTable(index: Map<string, CompiledAlias[]>): WordTable {
  const byHash = new Map<number, CompiledAlias[]>();
  for (const [key, aliases] of index) {
    const hash = wordHash(key);
    const existing = byHash.get(hash);
    if (existing) {
      existing.push(...aliases);
      existing.sort(
        (a, b) =>
          b.lower.length - a.lower.length || Number(b.caseSensitive) - Number(a.caseSensitive),
      );
    } else {
      byHash.set(hash, [...aliases]);
    }
  }
  let shift = 28;
  while (2 ** (32 - shift) < byHash.size * 3) shift--;
  const size = 2 ** (32 - shift);
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  const entries: number[] = [];
  const aliases: CompiledAlias[] = [];
  const texts: string[] = [];
  let textLength = 0;
  for (const [hash, bucket] of byHash) {
    const bit = hash & FILTER_MASK;
    filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
    let slot = wordSlot(hash, shift);
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = entries.length + 1;
    entries.push(bucket.length);
    for (const alias of bucket) {
      const keyLength = (aliasKey(alias.lower) as string).length;
      const { lower } = alias;
      entries.push(
        keyLength,
        lower.length > keyLength ? lower.charCodeAt(keyLength) : -1,
        lower.length > keyLength + 1 ? lower.charCodeAt(keyLength + 1) : -1,
        aliases.length,
        textLength,
        lower.length,
      );
      aliases.push(alias);
      texts.push(lower);
      textLength += lower.length;
    }
  }
  return {
    shift,
    mask,
    slots,
    entries: Int32Array.from(entries),
    aliases,
    texts: texts.join(""),
    filter,
  };
}

const WORD_CHAR = /[a-z0-9]/;

/** The lookup key of an alias: its first run of letters and digits, with a leading dot kept. */
export function aliasKey(lowerAlias: string): string | undefined {
  const match = /^(\.?)([a-z0-9]+)/.exec(lowerAlias);
  return match ? match[1] + (match[2] ?? "") : undefined;
}

function compilePattern(pattern: string | Pattern, owner: string): CompiledPattern {
  const resolved = typeof pattern === "string" ? sharedPatterns[pattern] : pattern;
  if (!resolved) {
    throw new JobtagsError("invalid-dictionary", `${owner}: unknown shared pattern "${pattern}"`, {
      record: owner,
    });
  }
  try {
    const flags = resolved.caseSensitive ? "" : "i";
    return {
      before: resolved.before === undefined ? undefined : new RegExp(resolved.before, flags),
      after: resolved.after === undefined ? undefined : new RegExp(resolved.after, flags),
    };
  } catch (error) {
    throw new JobtagsError(
      "invalid-dictionary",
      `${owner}: invalid pattern: ${(error as Error).message}`,
      { record: owner },
    );
  }
}

function compileRule(
  rule: string | ContextRule,
  owner: string,
  cache: Map<string, CompiledRule>,
): CompiledRule {
  if (typeof rule === "string") {
    const cached = cache.get(rule);
    if (cached) return cached;
    const shared = sharedRules[rule];
    if (!shared) {
      throw new JobtagsError("invalid-dictionary", `${owner}: unknown context rule "${rule}"`, {
        record: owner,
      });
    }
    const compiled = compileRule(ContextRuleSchema.parse(shared), `rule ${rule}`, cache);
    cache.set(rule, compiled);
    return compiled;
  }
  const reject = rule.reject.map((p) => compilePattern(p, owner));
  const accept = rule.accept.map((p) => compilePattern(p, owner));
  return {
    reject,
    accept,
    anyReject: patternSet(reject),
    anyAccept: patternSet(accept),
    list: rule.list,
    otherwise: rule.otherwise,
  };
}

/** Validates concepts, naming the first bad entry. */
export function parseConcepts(input: readonly unknown[], source = "dictionary"): Concept[] {
  return input.map((entry, position) => {
    const parsed = ConceptSchema.safeParse(entry);
    if (!parsed.success) {
      const id =
        typeof entry === "object" && entry !== null && "id" in entry
          ? String((entry as { id: unknown }).id)
          : `#${position}`;
      const issue = parsed.error.issues[0];
      const field = issue?.path.join(".") ?? "";
      throw new JobtagsError(
        "invalid-dictionary",
        `${source}: concept "${id}" is invalid at "${field}": ${issue?.message ?? "invalid"}`,
        { record: id, field },
      );
    }
    return parsed.data;
  });
}

/** Builds the alias index once; matching then costs one map lookup per word of text. */
export function compileDictionary(concepts: readonly Concept[]): CompiledDictionary {
  const byId = new Map<string, number>();
  concepts.forEach((concept, position) => {
    if (byId.has(concept.id)) {
      throw new JobtagsError("invalid-dictionary", `concept "${concept.id}" is defined twice`, {
        record: concept.id,
      });
    }
    byId.set(concept.id, position);
  });
  for (const concept of concepts) {
    for (const implied of concept.implies) {
      if (!byId.has(implied)) {
        throw new JobtagsError(
          "invalid-dictionary",
          `concept "${concept.id}" implies unknown concept "${implied}"`,
          { record: concept.id, field: "implies" },
        );
      }
    }
  }

  const ruleCache = new Map<string, CompiledRule>();
  const index = new Map<string, CompiledAlias[]>();
  const seen = new Map<string, string>();
  concepts.forEach((concept, position) => {
    for (const alias of concept.aliases) {
      const exact = (typeof alias === "string" ? alias : alias.text).trim().replace(/\s+/g, " ");
      const lower = exact.toLowerCase();
      const caseSensitive = typeof alias === "string" ? false : alias.caseSensitive;
      const key = aliasKey(lower);
      if (key === undefined) {
        throw new JobtagsError(
          "invalid-dictionary",
          `concept "${concept.id}": alias "${exact}" must start with a letter, a digit or ".word"`,
          { record: concept.id, field: "aliases" },
        );
      }
      const identity = caseSensitive ? `=${exact}` : lower;
      const owner = seen.get(identity);
      if (owner !== undefined && owner !== concept.id) {
        throw new JobtagsError(
          "invalid-dictionary",
          `alias "${exact}" belongs to both "${owner}" and "${concept.id}"`,
          { record: concept.id, field: "aliases" },
        );
      }
      seen.set(identity, concept.id);
      const context = typeof alias === "string" ? undefined : alias.context;
      const compiled: CompiledAlias = {
        lower,
        exact,
        caseSensitive,
        concept: position,
        rule:
          context === undefined
            ? undefined
            : compileRule(context, `concept "${concept.id}" alias "${exact}"`, ruleCache),
        endsInWordChar: WORD_CHAR.test(lower[lower.length - 1] ?? ""),
      };
      const bucket = index.get(key);
      if (bucket) bucket.push(compiled);
      else index.set(key, [compiled]);
    }
  });
  // Longest first, so "ruby on rails" wins over "ruby"; case-sensitive before insensitive.
  for (const bucket of index.values()) {
    bucket.sort(
      (a, b) =>
        b.lower.length - a.lower.length || Number(b.caseSensitive) - Number(a.caseSensitive),
    );
  }
  return { concepts: [...concepts], byId, index, words: buildWordTable(index) };
}
