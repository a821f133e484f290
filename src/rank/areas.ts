import { AREAS, type Area } from "../schema/enums";
import { titleAreaRules } from "./data/title-areas";
import type { ScoredConcept } from "./score";

const AREA_SET = new Set<string>(AREAS);
const AREA_BY_HASHTAG = new Map<string, Area>(AREAS.map((area) => [`#${area}`, area]));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
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
    // do-while: the step runs on every match, so V8 has seen it before optimizing; a loop
    // body that first ran late cost a recompile.
    let end = match.index + match[0].length - 1;
    do end += 1;
    while (end < title.length && LETTER_OR_DIGIT.test(title[end] ?? ""));
    for (const area of rule.areas) {
      if (found.some((entry) => entry.area === area)) continue;
      found.push({ area, start: match.index, end });
    }
  }
  return found;
}

/** The area a concept of kind "area" stands for, from its hashtag (`#ui/ux` -> `ui/ux`). */
export function areaOfConcept(hashtag: string): Area | undefined {
  if (hashtag.charCodeAt(0) === 35 /* # */) return AREA_BY_HASHTAG.get(hashtag);
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
  const named = new AreaScores();
  const combined = new AreaScores();
  for (const entry of scored) {
    const { concept } = entry;
    if (concept.kind === "area") {
      const area = areaOfConcept(concept.hashtag);
      if (!area) continue;
      named.add(area, entry.score);
      combined.add(area, entry.score);
    } else if (concept.kind === "technology" && !entry.impliedOnly) {
      for (const area of concept.areas) combined.add(area, entry.score * TECHNOLOGY_AREA_SHARE);
    }
  }

  const titled = areasFromTitle(title);
  const result: RoleArea[] = [];
  for (const entry of titled) {
    const score = Math.max(combined.get(entry.area) ?? 0, BODY_AREA_MIN_SCORE) + 10;
    result.push({ area: entry.area, score, title: entry });
  }

  if (titled.length > 0) {
    const fromBody = named.ranked(NAMED_AREA_MIN_SCORE, result);
    for (let rank = 0; rank < fromBody.length && rank < NAMED_AREAS_WITH_TITLE; rank++) {
      result.push(fromBody[rank] as RoleArea);
    }
    return result.slice(0, MAX_AREAS);
  }
  // The best two; frontend and backend as those two make one full-stack area, at the first's
  // (the better) score. Worked out without a branch of its own: V8 recompiled this function
  // when such a branch first ran.
  const fromBody = combined.ranked(BODY_AREA_MIN_SCORE, result);
  const best = Math.min(fromBody.length, 2);
  let sides = 0;
  for (let rank = 0; rank < best; rank++) sides |= sideOf((fromBody[rank] as RoleArea).area);
  const fullStack = sides === FRONTEND_AND_BACKEND;
  const count = fullStack ? 1 : best;
  for (let rank = 0; rank < count; rank++) {
    const entry = fromBody[rank] as RoleArea;
    result.push({
      area: fullStack ? "fullstack" : entry.area,
      score: entry.score,
      title: undefined,
    });
  }
  return result.slice(0, MAX_AREAS);
}

const FRONTEND_AND_BACKEND = 3;

/** 1 for frontend, 2 for backend, else 0. */
function sideOf(area: Area): number {
  return area === "frontend" ? 1 : area === "backend" ? 2 : 0;
}

/**
 * Scores summed by area, in order of first appearance: a posting touches a handful of areas.
 * The sums are stored as doubles from the start: an array of them began as small integers and
 * switched storage at the first fraction, and V8 recompiled `roleAreas` each time it met the
 * other kind.
 */
class AreaScores {
  private readonly areas: Area[] = [];
  private readonly scores: number[] = doubles();

  add(area: Area, score: number): void {
    const position = this.areas.indexOf(area);
    if (position < 0) {
      this.areas.push(area);
      this.scores.push(0 + score); // as a sum from 0: -0 becomes 0
    } else {
      this.scores[position] = (this.scores[position] as number) + score;
    }
  }

  get(area: Area): number | undefined {
    const position = this.areas.indexOf(area);
    return position < 0 ? undefined : this.scores[position];
  }

  /** The areas scoring at least `min` that `taken` lacks, best first. */
  ranked(min: number, taken: readonly RoleArea[]): RoleArea[] {
    const ranked: RoleArea[] = [];
    for (let position = 0; position < this.areas.length; position++) {
      const area = this.areas[position] as Area;
      const score = this.scores[position] as number;
      if (score >= min && !taken.some((entry) => entry.area === area)) {
        ranked.push({ area, score, title: undefined });
      }
    }
    return ranked.sort((a, b) => b.score - a.score || (a.area < b.area ? -1 : 1));
  }
}

/** An empty array that V8 stores as doubles. */
function doubles(): number[] {
  const values = [0.5];
  values.pop();
  return values;
}
