import type { CompiledAlias, CompiledDictionary, CompiledPattern, CompiledRule } from "./compile";

/** A concept found in text. Offsets are into the text that was matched. */
export interface Mention {
  /** Index into the compiled dictionary's `concepts`. */
  concept: number;
  start: number;
  end: number;
}

const CONTEXT_WINDOW = 80;
/** What may stand between two items of a list: "Python/Go", "Java, Go and C++", "(Go)". */
const LIST_GAP = /^[\s,;/|&+()[\]*-]*(?:\b(?:and|or|as well as|and\/or|plus)\b)?[\s,;/|&+()[\]*-]*$/i;
const MAX_LIST_GAP = 16;

function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(code)))
  );
}

/** Lowercases without changing length, so offsets stay valid ("İ" would otherwise grow). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = "";
  for (const char of text) {
    const lowered = char.toLowerCase();
    out += lowered.length === char.length ? lowered : char;
  }
  return out;
}

function contextBefore(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT_WINDOW);
  const newline = text.lastIndexOf("\n", start - 1);
  return text.slice(newline >= from ? newline + 1 : from, start);
}

function contextAfter(text: string, end: number): string {
  const newline = text.indexOf("\n", end);
  const to = Math.min(text.length, end + CONTEXT_WINDOW);
  return text.slice(end, newline !== -1 && newline < to ? newline : to);
}

function patternMatches(pattern: CompiledPattern, text: string, start: number, end: number) {
  if (pattern.before && !pattern.before.test(contextBefore(text, start))) return false;
  if (pattern.after && !pattern.after.test(contextAfter(text, end))) return false;
  return true;
}

type Decision = "accept" | "reject" | "list";

function decideLocally(rule: CompiledRule, text: string, start: number, end: number): Decision {
  for (const pattern of rule.reject) if (patternMatches(pattern, text, start, end)) return "reject";
  for (const pattern of rule.accept) if (patternMatches(pattern, text, start, end)) return "accept";
  return rule.list ? "list" : rule.otherwise;
}

function endBoundaryHolds(lower: string, alias: CompiledAlias, end: number): boolean {
  if (end >= lower.length) return true;
  const next = lower.charCodeAt(end);
  if (isWordCode(next)) return false;
  // "C" must not match in "C++" or "C#"; "F" not in "F#".
  if (alias.endsInWordChar && (next === 43 || next === 35)) return false;
  return true;
}

interface Candidate extends Mention {
  rule: CompiledRule | undefined;
  decision: Decision;
}

function listNeighbourAccepted(text: string, candidates: Candidate[], position: number): boolean {
  const self = candidates[position];
  if (!self) return false;
  const previous = candidates[position - 1];
  if (
    previous?.decision === "accept" &&
    self.start - previous.end <= MAX_LIST_GAP &&
    LIST_GAP.test(text.slice(previous.end, self.start))
  ) {
    return true;
  }
  const next = candidates[position + 1];
  return (
    next?.decision === "accept" &&
    next.start - self.end <= MAX_LIST_GAP &&
    LIST_GAP.test(text.slice(self.end, next.start))
  );
}

/**
 * Finds every concept mention in `text`: one scan over its words, one map lookup per word,
 * longest alias first. Ambiguous aliases are decided by their context rules, lists last, so that
 * "Python/Go/Rust" accepts Go beside Python.
 */
export function findMentions(dictionary: CompiledDictionary, text: string): Mention[] {
  const lower = lowerSameLength(text);
  const candidates: Candidate[] = [];
  const words = /[a-z0-9]+/g;
  let match: RegExpExecArray | null = words.exec(lower);
  while (match !== null) {
    const wordStart = match.index;
    if (wordStart > 0 && isWordCode(lower.charCodeAt(wordStart - 1))) {
      match = words.exec(lower);
      continue;
    }
    let found: Candidate | undefined;
    const dotted =
      wordStart > 0 &&
      lower.charCodeAt(wordStart - 1) === 46 &&
      (wordStart < 2 || !isWordCode(lower.charCodeAt(wordStart - 2)))
        ? dictionary.index.get(`.${match[0]}`)
        : undefined;
    for (const bucket of [dotted, dictionary.index.get(match[0])]) {
      if (!bucket || found) continue;
      const start = bucket === dotted ? wordStart - 1 : wordStart;
      for (const alias of bucket) {
        if (!lower.startsWith(alias.lower, start)) continue;
        const end = start + alias.lower.length;
        if (!endBoundaryHolds(lower, alias, end)) continue;
        if (alias.caseSensitive && !text.startsWith(alias.exact, start)) continue;
        const decision = alias.rule ? decideLocally(alias.rule, text, start, end) : "accept";
        if (decision === "reject") continue;
        found = { concept: alias.concept, start, end, rule: alias.rule, decision };
        break;
      }
    }
    if (found) {
      candidates.push(found);
      words.lastIndex = found.end;
    }
    match = words.exec(lower);
  }

  // Settle list-context candidates; a newly accepted one can accept its neighbour in turn.
  let changed = true;
  while (changed) {
    changed = false;
    for (let position = 0; position < candidates.length; position++) {
      const candidate = candidates[position];
      if (candidate?.decision !== "list") continue;
      if (listNeighbourAccepted(text, candidates, position)) {
        candidate.decision = "accept";
        changed = true;
      }
    }
  }

  const mentions: Mention[] = [];
  for (const candidate of candidates) {
    const accepted =
      candidate.decision === "accept" ||
      (candidate.decision === "list" && candidate.rule?.otherwise === "accept");
    if (accepted) mentions.push({ concept: candidate.concept, start: candidate.start, end: candidate.end });
  }
  return mentions;
}
