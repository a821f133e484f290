import { AREAS, type Area } from "../schema/enums";
import { titleAreaRules } from "./data/title-areas";
import type { ScoredConcept } from "./score";

const AREA_SET = new Set<string>(AREAS);
const compiledTitleRules = titleAreaRules.map((rule) => ({
  pattern: new RegExp(rule.pattern, "i"),
  areas: rule.areas,
}));

/** Share of a technology's score that counts towards the areas it points to. */
const TECHNOLOGY_AREA_SHARE = 0.35;
/** An area the title does not name needs this much body evidence to be the role's. */
const BODY_AREA_MIN_SCORE = 4;
const MAX_AREAS = 3;
/** An area the body names outright joins the title's areas at this score. */
const NAMED_AREA_MIN_SCORE = 2;
/** How many body-named areas may join the title's. */
const NAMED_AREAS_WITH_TITLE = 1;

export interface RoleArea {
  area: Area;
  score: number;
  /** Where the title names it, when it does. */
  title: TitleArea | undefined;
}

export interface TitleArea {
  area: Area;
  /** The title words that name it. */
  start: number;
  end: number;
}

/** The areas a job title names, in rule order, with the words that name them. */
export function areasFromTitle(title: string): TitleArea[] {
  const found: TitleArea[] = [];
  for (const rule of compiledTitleRules) {
    const match = rule.pattern.exec(title);
    if (!match) continue;
    // Rules match word stems ("recruit"); the evidence is the whole word ("Recruiter").
    let end = match.index + match[0].length;
    while (end < title.length && /[\p{L}\p{N}]/u.test(title[end] ?? "")) end += 1;
    for (const area of rule.areas) {
      if (found.some((entry) => entry.area === area)) continue;
      found.push({ area, start: match.index, end });
    }
  }
  return found;
}

/** The area a concept of kind "area" stands for, from its hashtag (`#ui/ux` -> `ui/ux`). */
export function areaOfConcept(hashtag: string): Area | undefined {
  const name = hashtag.slice(1);
  return AREA_SET.has(name) ? (name as Area) : undefined;
}

/**
 * The role's functional areas: the title's first, then areas the body argues for strongly
 * (area mentions in the requirements, and the areas of the technologies asked for).
 */
export function roleAreas(title: string, scored: readonly ScoredConcept[]): RoleArea[] {
  // Areas the body names outright ("customer support", "content marketing") and areas its
  // technologies point to (React -> frontend) are kept apart: the second kind only speaks when
  // the title is silent, since a full-stack role asking for React is not a frontend role.
  const named = new Map<Area, number>();
  const combined = new Map<Area, number>();
  for (const entry of scored) {
    if (entry.concept.kind === "area") {
      const area = areaOfConcept(entry.concept.hashtag);
      if (!area) continue;
      named.set(area, (named.get(area) ?? 0) + entry.score);
      combined.set(area, (combined.get(area) ?? 0) + entry.score);
    } else if (entry.concept.kind === "technology" && !entry.impliedOnly) {
      for (const area of entry.concept.areas) {
        combined.set(area, (combined.get(area) ?? 0) + entry.score * TECHNOLOGY_AREA_SHARE);
      }
    }
  }

  const titled = areasFromTitle(title);
  const result: RoleArea[] = titled.map((entry) => ({
    area: entry.area,
    score: Math.max(combined.get(entry.area) ?? 0, BODY_AREA_MIN_SCORE) + 10,
    title: entry,
  }));
  const taken = (area: Area) => result.some((entry) => entry.area === area);
  const ranked = (scores: Map<Area, number>, min: number) =>
    [...scores]
      .filter(([area, score]) => score >= min && !taken(area))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

  if (titled.length > 0) {
    for (const [area, score] of ranked(named, NAMED_AREA_MIN_SCORE).slice(
      0,
      NAMED_AREAS_WITH_TITLE,
    )) {
      result.push({ area, score, title: undefined });
    }
    return result.slice(0, MAX_AREAS);
  }
  let fromBody = ranked(combined, BODY_AREA_MIN_SCORE).slice(0, 2);
  const both =
    fromBody.some(([area]) => area === "frontend") && fromBody.some(([area]) => area === "backend");
  if (both) {
    const score = Math.max(...fromBody.map(([, value]) => value));
    fromBody = [
      ["fullstack", score],
      ...fromBody.filter(([area]) => area !== "frontend" && area !== "backend"),
    ];
  }
  for (const [area, score] of fromBody) result.push({ area, score, title: undefined });
  return result.slice(0, MAX_AREAS);
}
