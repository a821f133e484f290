import type { Seniority } from "../schema/enums";
import { CUE_LEVEL, scanCues, textWithCue } from "./cues";
import { memoized } from "./memo";
import type { ClassifyInput } from "./types";

/**
 * Seniority from the title first, then from a level the body states outright.
 *
 * Title words fall in three tiers:
 * - role levels (executive, director, a manager of engineers) decide on their own,
 *   so "Senior Engineering Manager" is a manager and "Associate Director" a director;
 * - level modifiers (intern ... principal): the first one named wins ("Mid / Senior" → mid);
 * - a plain "Manager" counts only when no modifier is present ("Senior Advertising Manager"
 *   → senior). Product, project and program managers (and similar job names) are not levels.
 */
export function detectSeniority(input: ClassifyInput): Seniority {
  return (
    seniorityFromTitle(input.title) ??
    seniorityFromBody(textWithCue(scanCues(input.text), CUE_LEVEL)) ??
    "unspecified"
  );
}

const EXECUTIVE_RE =
  /\b(?:vp|s\.?vp|e\.?vp|vice[- ]president|chief|c[etfomp]o|ciso|cdo|president)\b/i;
const DIRECTOR_RE = /\b(?:director|head of|head,|directeur)\b|^head\b/i;
/** Managers of engineers (and "Manager, X" / "Manager of X" titles) are a role level. */
const ROLE_MANAGER_RE =
  /\b(?:engineering|development|software|devops|infrastructure|technical|it|qa)\s+manager\b|^(?:senior\s+|sr\.?\s+)?manager\b(?:,| of\b)/i;
/** "Manager" compounds that name a job rather than a level. */
const JOB_NAME_MANAGER_RE =
  /\b(?:product|project|programme|program|customer success|success|account|relationship|content|community)\s+manager\b/gi;
const MANAGER_RE = /\bmanager\b/i;

/** Level modifiers, in no particular order: the earliest match in the title wins. */
const MODIFIERS: ReadonlyArray<readonly [Seniority, RegExp]> = [
  ["intern", /\b(?:intern|internship|trainee|apprentice(?:ship)?)\b/i],
  ["junior", /\b(?:junior|jr\.?|entry[- ]level|graduate|associate)(?![\w-])/i],
  ["mid", /\b(?:mid(?![- ]market)(?:[- ]level)?|middle|intermediate|regular)\b/i],
  ["mid", /\bII\b/],
  ["senior", /\b(?:senior|sr\.?|III|IV)(?![\w-])/i],
  [
    "lead",
    /\b(?:lead(?![- ]gen)|leader|staff(?=\s+(?:\w+\s+)?(?:engineer|developer|scientist|architect|designer|software|frontend|backend|full))|tech lead|team lead)\b/i,
  ],
  ["principal", /\bprincipal\b/i],
];

const seniorityFromTitle = memoized(2048, titleSeniority);

function titleSeniority(title: string): Seniority | null {
  if (EXECUTIVE_RE.test(title)) return "executive";
  if (DIRECTOR_RE.test(title)) return "director";
  if (ROLE_MANAGER_RE.test(title)) return "manager";
  const modifier = firstModifier(title);
  if (modifier) return modifier;
  if (MANAGER_RE.test(title.replace(JOB_NAME_MANAGER_RE, ""))) return "manager";
  return null;
}

function firstModifier(fragment: string): Seniority | null {
  let best: Seniority | null = null;
  let bestIndex = Number.POSITIVE_INFINITY;
  for (const [level, re] of MODIFIERS) {
    const match = re.exec(fragment);
    if (match && match.index < bestIndex) {
      best = level;
      bestIndex = match.index;
    }
  }
  return best;
}

const LEVEL_WORDS =
  "senior|sr\\.?|junior|jr\\.?|mid[- ]level|mid|middle|intermediate|regular|lead|principal|staff|entry[- ]level";
/**
 * Statements in the body that name the level of the hire, each with a unit every match of it
 * holds ("" when none): a text without it is not searched.
 */
const BODY_LEVEL_RES: ReadonlyArray<readonly [RegExp, string]> = [
  // "Experience level: Senior", "Seniority: Mid"
  [
    new RegExp(
      `\\b(?:experience level|seniority(?: level)?|job level|career level|level)\\s*:\\s*(${LEVEL_WORDS})\\b`,
      "i",
    ),
    ":",
  ],
  // "we are hiring a senior ...", "looking for an experienced Senior ..."
  [
    new RegExp(
      `\\b(?:hiring|looking for|seeking|searching for|in search of|recruiting)\\s+(?:an?\\s+|our\\s+(?:next\\s+|first\\s+)?)?(?:[a-z-]+\\s+){0,2}?(${LEVEL_WORDS})\\s+(?!(?:leadership|management|stakeholders?|executives?|leaders?|members?|people)\\b)[a-z]`,
      "i",
    ),
    "",
  ],
  // "join us as a Senior ...", "(Intermediate – Senior level)"
  [
    new RegExp(
      `\\bas an?\\s+(${LEVEL_WORDS})\\s+(?!(?:leadership|management|member|partner|part)\\b)[a-z]`,
      "i",
    ),
    "",
  ],
  [
    new RegExp(
      `\\(\\s*(${LEVEL_WORDS})\\s*(?:[-–/]\\s*(?:${LEVEL_WORDS})\\s*)?(?:level|position|role)\\b`,
      "i",
    ),
    "(",
  ],
  // "This is a senior (leadership) role"
  [
    new RegExp(
      `\\bthis is an?\\s+(${LEVEL_WORDS})(?:[- ]level)?\\s+(?:[a-z]+\\s+)?(?:role|position)\\b`,
      "i",
    ),
    "",
  ],
];

/** "Don't think this is a junior role": the statement is denied. */
const NEGATED_BEFORE_RE = /\b(?:not|never|no|don['’]t|doesn['’]t|isn['’]t)\s+(?:\w+\s+)?$/i;

function before(text: string, index: number): string {
  return text.slice(Math.max(0, index - 24), index);
}

/** `text` holds only the body lines that name a level word. */
function seniorityFromBody(text: string): Seniority | null {
  if (text === "") return null;
  let best: Seniority | null = null;
  let bestIndex = Number.POSITIVE_INFINITY;
  for (const [re, required] of BODY_LEVEL_RES) {
    if (required !== "" && !text.includes(required)) continue;
    const match = re.exec(text);
    if (
      match &&
      match.index < bestIndex &&
      match[1] &&
      !NEGATED_BEFORE_RE.test(before(text, match.index))
    ) {
      const level = firstModifier(match[1]) ?? (/staff/i.test(match[1]) ? "lead" : null);
      if (level && level !== "intern") {
        best = level;
        bestIndex = match.index;
      }
    }
  }
  return best;
}
