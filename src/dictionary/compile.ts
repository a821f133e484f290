import { JobtagsError } from "../errors";
import { patterns as sharedPatterns } from "./data/patterns";
import { rules as sharedRules } from "./data/rules";
import { ruleWithDefaults } from "./defaults";
import { type Concept, ConceptSchema, type ContextRule, type Pattern } from "./schema";

export interface CompiledPattern {
  /** Tested on the text before a candidate with `beforeMatches`. */
  before: RegExp | undefined;
  after: RegExp | undefined;
}

export interface CompiledRule {
  /** The rule's `reject` patterns by side: the candidate is rejected when any matches. */
  reject: PatternSet;
  /** The rule's `accept` patterns by side: the candidate is accepted when any matches. */
  accept: PatternSet;
  list: boolean;
  otherwise: "accept" | "reject";
}

/**
 * Patterns of which one matching is enough, by side: the distinct `before`-only expressions,
 * the distinct `after`-only ones, and the patterns with both sides. Each expression is tested
 * on its own: a shared pattern is one `RegExp` for the whole dictionary, compiled once, where
 * merging each rule's patterns into one alternation compiled it again inside every rule's
 * (two hundred thousand characters of regex source for V8 to compile on first use). Testing
 * them one by one costs little, since a `before` expression is a single backward match from
 * the candidate (see `compileBefore`), and an `after` one is anchored at the candidate's end.
 */
export interface PatternSet {
  before: RegExp[];
  after: RegExp[];
  others: CompiledPattern[];
}

/** `patterns` as a `PatternSet`. */
export function patternSet(patterns: readonly CompiledPattern[]): PatternSet {
  const before = new Set<RegExp>();
  const after = new Set<RegExp>();
  const others: CompiledPattern[] = [];
  for (const pattern of patterns) {
    if (pattern.before && pattern.after) others.push(pattern);
    else if (pattern.before) before.add(pattern.before);
    else if (pattern.after) after.add(pattern.after);
  }
  return { before: [...before], after: [...after], others };
}

/**
 * A backreference (`\1`, `\k<name>`) or a named group would mean something else inside the
 * lookbehind `compileBefore` wraps a pattern in: such a pattern (a caller's; the bundled ones
 * have none) is tested as written.
 */
const NOT_REVERSIBLE = /\\[1-9]|\\k<|\(\?<(?![=!])/;

/** An escape (`\\(`) or a character class (`[()|]`): neither opens a group or an alternative. */
const ESCAPE_OR_CLASS = /\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]/g;
/** A group holding no other group. */
const INNERMOST_GROUP = /\([^()]*\)/g;

/**
 * Whether every match of `source` ends at the end of the input: it ends in an unescaped `$`
 * that no top-level `|` splits off. (Escapes and classes are dropped, then groups from the
 * innermost out; what is left is the top level.)
 */
function endsAtEnd(source: string): boolean {
  if (!source.endsWith("$")) return false;
  let rest = source.slice(0, -1).replace(ESCAPE_OR_CLASS, "");
  for (let previous = ""; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(INNERMOST_GROUP, "");
  }
  // A backslash left over escaped the `$`; a parenthesis left over is unbalanced.
  return !/[()|\\]/.test(rest);
}

/**
 * A `before` pattern, tested on the text that ends where the candidate starts. Written
 * `...$`, it would be tried from every one of up to 80 starting positions; wrapped in a sticky
 * lookbehind and tested at the end (`beforeMatches` sets `lastIndex`), V8 matches it once,
 * backwards from the candidate. Both succeed exactly when some match of the pattern ends at
 * the end of the text.
 */
function compileBefore(source: string, flags: string): RegExp {
  if (!endsAtEnd(source) || NOT_REVERSIBLE.test(source) || WIDE_TAIL.test(source)) {
    return new RegExp(source, flags);
  }
  try {
    return new RegExp(`(?<=${source})`, `${flags}y`);
  } catch {
    // Invalid: report the pattern as written.
    return new RegExp(source, flags);
  }
}

/**
 * A pattern that ends in a run of "anything but" (`\b(?:backed by|...)[^.!?;:]{0,60}$`) may
 * start anywhere in the run: backwards, V8 would try its head at every one of those positions,
 * while forwards its scan skips quickly to where the head can start. Such a pattern is tested
 * forwards.
 */
const WIDE_TAIL = /\[\^(?:[^\]\\]|\\.)*\](?:\*|\+|\{\d*,\d*\})\$$/;

/**
 * Compiled expressions by side and flags, then by source, shared by every rule of one
 * dictionary. (Sources are the data's own strings, whose hashes V8 keeps: no key is built.)
 */
type ExpressionCache = Map<string, Map<string, RegExp>>;

function cachedExpression(
  cache: ExpressionCache,
  side: "before" | "after",
  source: string,
  flags: string,
): RegExp {
  const group = side + flags;
  let bySource = cache.get(group);
  if (!bySource) {
    bySource = new Map();
    cache.set(group, bySource);
  }
  let expression = bySource.get(source);
  if (!expression) {
    expression = side === "before" ? compileBefore(source, flags) : new RegExp(source, flags);
    bySource.set(source, expression);
  }
  return expression;
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
 * aliases filed under that hash, their `pairBit`s and their shared key (see
 * `ENTRY_HEADER_INTS`), then
 * ALIAS_INTS ints per alias, longest first: its key's
 * length, the two characters after the key (-1 past the alias's end), its index in `aliases`
 * with its `ALIAS_FLAGS` (`aliasBits`), where its lower-case text starts in `texts` and how
 * long it is, and its concept.
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
export const ALIAS_INTS = 7;

/**
 * What the scanner asks of an alias before it needs the alias itself, as bits beside its index
 * (`index << ALIAS_FLAG_BITS | flags`): a match without a rule or case takes nothing else.
 */
export const ALIAS_FLAGS = { endsInWordChar: 1, caseSensitive: 2, hasRule: 4 } as const;
export const ALIAS_FLAG_BITS = 3;

function aliasBits(alias: CompiledAlias, index: number): number {
  return (
    (index << ALIAS_FLAG_BITS) |
    (alias.endsInWordChar ? ALIAS_FLAGS.endsInWordChar : 0) |
    (alias.caseSensitive ? ALIAS_FLAGS.caseSensitive : 0) |
    (alias.rule ? ALIAS_FLAGS.hasRule : 0)
  );
}

/**
 * Ints before an entry's aliases: their count, then the union of their `pairBit`s (all bits
 * when one of them ends at its key or one character after it), then where in `texts` their
 * key starts when they all have the same (else -1). The word "the" opens one alias, "The
 * Trade Desk": the text's "the" is compared with it only when the two characters after the
 * word could be " t". A shared key is compared with the text once, not once per alias.
 */
export const ENTRY_HEADER_INTS = 3;

/** A bit standing for the two characters after an alias's key (-1 past the end of the text). */
export function pairBit(first: number, second: number): number {
  return 1 << ((first * 5 + second) & 31);
}

const FILTER_BITS = 16;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

export interface CompiledDictionary {
  concepts: Concept[];
  byId: Map<string, number>;
  /** By concept index: the indices of the concepts it implies, in order. */
  implied: number[][];
  /** The aliases by `wordHash` of their first word, so the scanner looks words up in place. */
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

/** Whether `hash` may be a key's: false for most words of a text. */
export function mayBeKey(filter: Int32Array, hash: number): boolean {
  const bit = hash & FILTER_MASK;
  return ((filter[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
}

/** The offset in `table.entries` of the aliases filed under `hash`, or -1. */
export function entryOf(table: WordTable, hash: number): number {
  if (!mayBeKey(table.filter, hash)) return -1;
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
    if (existing) existing.push(...aliases);
    else byHash.set(hash, [...aliases]);
  }
  // Longest first, so "ruby on rails" wins over "ruby"; case-sensitive before insensitive.
  for (const bucket of byHash.values()) {
    bucket.sort(
      (a, b) =>
        b.lower.length - a.lower.length || Number(b.caseSensitive) - Number(a.caseSensitive),
    );
  }
  let shift = 28;
  while (2 ** (32 - shift) < byHash.size * 3) shift--;
  const size = 2 ** (32 - shift);
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  const filter = new Int32Array(1 << (FILTER_BITS - 5));
  let aliasCount = 0;
  for (const bucket of byHash.values()) aliasCount += bucket.length;
  const entries = new Int32Array(byHash.size * ENTRY_HEADER_INTS + aliasCount * ALIAS_INTS);
  let used = 0;
  const aliases: CompiledAlias[] = [];
  const texts: string[] = [];
  let textLength = 0;
  for (const [hash, bucket] of byHash) {
    const bit = hash & FILTER_MASK;
    filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
    let slot = wordSlot(hash, shift);
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = used + 1;
    const header = used;
    entries[header] = bucket.length;
    entries[header + 2] = textLength;
    used += ENTRY_HEADER_INTS;
    let pairs = 0;
    const sharedKey = aliasKey((bucket[0] as CompiledAlias).lower) as string;
    for (const alias of bucket) {
      const { lower } = alias;
      const keyLength = aliasKeyLength(lower);
      if (keyLength !== sharedKey.length || !lower.startsWith(sharedKey)) entries[header + 2] = -1;
      const first = lower.length > keyLength ? lower.charCodeAt(keyLength) : -1;
      const second = lower.length > keyLength + 1 ? lower.charCodeAt(keyLength + 1) : -1;
      entries[used] = keyLength;
      entries[used + 1] = first;
      entries[used + 2] = second;
      entries[used + 3] = aliasBits(alias, aliases.length);
      entries[used + 4] = textLength;
      entries[used + 5] = lower.length;
      entries[used + 6] = alias.concept;
      used += ALIAS_INTS;
      pairs |= first < 0 || second < 0 ? -1 : pairBit(first, second);
      aliases.push(alias);
      texts.push(lower);
      textLength += lower.length;
    }
    entries[header + 1] = pairs;
  }
  return { shift, mask, slots, entries, aliases, texts: texts.join(""), filter };
}

function isKeyCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/**
 * The length of an alias's lookup key (see `aliasKey`), 0 when it has none: its first run of
 * letters and digits, with a leading dot.
 */
function aliasKeyLength(lowerAlias: string): number {
  const start = lowerAlias.charCodeAt(0) === 46 ? 1 : 0;
  let end = start;
  while (end < lowerAlias.length && isKeyCode(lowerAlias.charCodeAt(end))) end += 1;
  return end > start ? end : 0;
}

/** The lookup key of an alias: its first run of letters and digits, with a leading dot kept. */
export function aliasKey(lowerAlias: string): string | undefined {
  const length = aliasKeyLength(lowerAlias);
  return length > 0 ? lowerAlias.slice(0, length) : undefined;
}

function compilePattern(
  pattern: string | Pattern,
  owner: string,
  expressions: ExpressionCache,
): CompiledPattern {
  const resolved = typeof pattern === "string" ? sharedPatterns[pattern] : pattern;
  if (!resolved) {
    throw new JobtagsError("invalid-dictionary", `${owner}: unknown shared pattern "${pattern}"`, {
      record: owner,
    });
  }
  if (resolved.before === undefined && resolved.after === undefined) {
    const message = `${owner}: a pattern needs \`before\` or \`after\``;
    throw new JobtagsError("invalid-dictionary", message, { record: owner });
  }
  try {
    const flags = resolved.caseSensitive ? "" : "i";
    return {
      before:
        resolved.before === undefined
          ? undefined
          : cachedExpression(expressions, "before", resolved.before, flags),
      after:
        resolved.after === undefined
          ? undefined
          : cachedExpression(expressions, "after", resolved.after, flags),
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
  expressions: ExpressionCache,
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
    // The bundled rules get their defaults without zod, as the bundled concepts do: a first
    // parse with a zod schema costs milliseconds of start-up.
    const compiled = compileRule(ruleWithDefaults(shared), `rule ${rule}`, cache, expressions);
    cache.set(rule, compiled);
    return compiled;
  }
  const compile = (pattern: string | Pattern) => compilePattern(pattern, owner, expressions);
  return {
    reject: patternSet(rule.reject.map(compile)),
    accept: patternSet(rule.accept.map(compile)),
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
  const implied = concepts.map((concept) =>
    concept.implies.map((id) => {
      const position = byId.get(id);
      if (position === undefined) {
        throw new JobtagsError(
          "invalid-dictionary",
          `concept "${concept.id}" implies unknown concept "${id}"`,
          { record: concept.id, field: "implies" },
        );
      }
      return position;
    }),
  );

  const ruleCache = new Map<string, CompiledRule>();
  const expressions: ExpressionCache = new Map();
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
            : compileRule(
                context,
                `concept "${concept.id}" alias "${exact}"`,
                ruleCache,
                expressions,
              ),
        endsInWordChar: isKeyCode(lower.charCodeAt(lower.length - 1)),
      };
      const bucket = index.get(key);
      if (bucket) bucket.push(compiled);
      else index.set(key, [compiled]);
    }
  });
  return { concepts: [...concepts], byId, implied, words: buildWordTable(index) };
}
