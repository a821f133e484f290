import { JobtagsError } from "../errors";
import { patterns as sharedPatterns } from "./data/patterns";
import { rules as sharedRules } from "./data/rules";
import {
  type Concept,
  type ContextRule,
  ContextRuleSchema,
  ConceptSchema,
  type Pattern,
} from "./schema";

export interface CompiledPattern {
  before: RegExp | undefined;
  after: RegExp | undefined;
}

export interface CompiledRule {
  reject: CompiledPattern[];
  accept: CompiledPattern[];
  list: boolean;
  otherwise: "accept" | "reject";
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
  /** Length of the alias's lookup key (see `aliasKey`). */
  keyLength: number;
  /**
   * `lower.charCodeAt(keyLength)`, or -1 when the alias is its key: one compare rejects most
   * aliases of a crowded bucket ("data ...", "google ...") before the full text compare.
   */
  codeAfterKey: number;
}

/**
 * Buckets by `wordHash(key)` in an open-addressed table: pairs of (hash, 1 + bucket index),
 * 0 marking an empty slot. A `Map` keyed by the hash boxed every hash outside the small-integer
 * range, a fifth of a posting's words.
 */
export interface WordTable {
  /** `slots.length / 2 - 1`; the slot count is a power of two. */
  mask: number;
  slots: Int32Array;
  buckets: CompiledAlias[][];
}

export interface CompiledDictionary {
  concepts: Concept[];
  byId: Map<string, number>;
  /** Aliases by their first word (lowercase), longest first; dot-led aliases under `.word`. */
  index: Map<string, CompiledAlias[]>;
  /** The same buckets under `wordHash(key)`, so the scanner looks words up without slicing them. */
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

/** The first slot to probe for `hash` in a table of `mask + 1` slots. */
export function wordSlot(hash: number, mask: number): number {
  return (Math.imul(hash ^ (hash >>> 16), 0x45d9f3b) >>> 12) & mask;
}

/** The bucket of aliases filed under `hash`, or undefined. */
export function bucketOf(table: WordTable, hash: number): CompiledAlias[] | undefined {
  const { mask, slots } = table;
  let slot = wordSlot(hash, mask);
  for (;;) {
    const bucket = slots[slot * 2 + 1] as number;
    if (bucket === 0) return undefined;
    if (slots[slot * 2] === hash) return table.buckets[bucket - 1];
    slot = (slot + 1) & mask;
  }
}

function buildWordTable(buckets: Map<number, CompiledAlias[]>): WordTable {
  let size = 16;
  while (size < buckets.size * 3) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  const list: CompiledAlias[][] = [];
  for (const [hash, bucket] of buckets) {
    list.push(bucket);
    let slot = wordSlot(hash, mask);
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = list.length;
  }
  return { mask, slots, buckets: list };
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
  return {
    reject: rule.reject.map((p) => compilePattern(p, owner)),
    accept: rule.accept.map((p) => compilePattern(p, owner)),
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
        keyLength: key.length,
        codeAfterKey: lower.length > key.length ? lower.charCodeAt(key.length) : -1,
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
  const hashIndex = new Map<number, CompiledAlias[]>();
  for (const [key, bucket] of index) {
    const hash = wordHash(key);
    const existing = hashIndex.get(hash);
    // Colliding words share a bucket; matching checks every alias's text anyway.
    if (existing) {
      existing.push(...bucket);
      existing.sort((a, b) => b.lower.length - a.lower.length || Number(b.caseSensitive) - Number(a.caseSensitive));
    } else {
      hashIndex.set(hash, bucket);
    }
  }
  return { concepts: [...concepts], byId, index, words: buildWordTable(hashIndex) };
}
