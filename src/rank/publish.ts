import type { JobType, Section } from "../schema/enums";
import type { Evidence, Tag } from "../schema/result";
import type { RoleArea } from "./areas";
import { type ScoredConcept, sectionBit } from "./score";

/** A technology needs at least this score to be published: about one plain mention in the body. */
export const MIN_PUBLISH_SCORE = 0.4;

/** Where a technology must appear at least once to be published: not only perks and boilerplate. */
const PERIPHERAL_SECTIONS: readonly Section[] = ["benefits", "legal", "process"];
const PERIPHERAL_BITS = PERIPHERAL_SECTIONS.reduce(
  (bits, section) => bits | sectionBit(section),
  0,
);
/** In a posting whose best technology scores low, publish those within this share of it. */
const RELATIVE_PUBLISH_SHARE = 0.5;

export interface Ranking {
  /** Every detection, best first, plus the role's areas. */
  tags: Tag[];
  /** What a board would publish, best first. */
  hashtags: string[];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function tagOf(entry: ScoredConcept): Tag {
  return {
    hashtag: entry.concept.hashtag,
    label: entry.concept.label,
    kind: entry.concept.kind,
    group: entry.concept.group,
    score: round(entry.score),
    count: entry.count,
    evidence: entry.evidence,
  };
}

/**
 * The tag of one of the role's areas, from the entry sharing its hashtag: where that is a
 * technology (#seo), the tag stays the technology's, scored at least as the area; else the
 * area's own concept (or nothing) lends its label, count and evidence, after the title's.
 *
 * One path for both kinds: a branch of its own for the rare technology ran first long after
 * V8 had optimized `publish`, and every such first run threw that code away.
 */
function areaTagOf(area: RoleArea, title: string, entry: ScoredConcept | undefined): Tag {
  const concept = entry?.concept;
  const isTechnology = concept?.kind === "technology";
  const group = concept?.group;
  const entryScore = entry?.score ?? Number.NEGATIVE_INFINITY;
  const entryEvidence = entry?.evidence;
  return {
    hashtag: `#${area.area}`,
    label: concept?.label ?? area.area,
    kind: isTechnology ? "technology" : "area",
    group: isTechnology ? group : "area",
    score: round(Math.max(isTechnology ? entryScore : Number.NEGATIVE_INFINITY, area.score)),
    count: entry?.count ?? 0,
    evidence: isTechnology ? (entryEvidence as Evidence[]) : areaEvidence(area, title, entry),
  };
}

/** The title's words naming the area, then the area concept's evidence where it differs. */
function areaEvidence(area: RoleArea, title: string, named: ScoredConcept | undefined): Evidence[] {
  const evidence: Evidence[] = [];
  if (area.title) {
    evidence.push({
      start: area.title.start,
      end: area.title.end,
      text: title.slice(area.title.start, area.title.end),
      section: "title",
    });
  }
  for (const item of named?.evidence ?? []) {
    const duplicate = evidence.some(
      (other) =>
        other.start === item.start && other.end === item.end && other.section === item.section,
    );
    if (!duplicate) evidence.push(item);
  }
  return evidence;
}

/**
 * Publishes the role's areas and the technologies that clear the minimum score. For software
 * jobs the strongest technology leads and the main area follows it; for other jobs the areas
 * lead, the way curators order them.
 */
export function publish(
  title: string,
  scored: readonly ScoredConcept[],
  areas: readonly RoleArea[],
  jobType: JobType,
  maxHashtags: number,
): Ranking {
  const areaTags: Tag[] = [];
  for (const area of areas) {
    const hashtag = `#${area.area}`;
    let technology: ScoredConcept | undefined;
    let named: ScoredConcept | undefined;
    for (const entry of scored) {
      if (entry.concept.hashtag !== hashtag) continue;
      if (entry.concept.kind === "technology") technology ??= entry;
      else if (entry.concept.kind === "area") named ??= entry;
    }
    areaTags.push(areaTagOf(area, title, technology ?? named));
  }
  const tags = areaTags.slice();
  for (const entry of scored) {
    if (!areaTags.some((tag) => tag.hashtag === entry.concept.hashtag)) tags.push(tagOf(entry));
  }

  // A short posting has weak scores throughout; its best technologies still describe it.
  let bar: number | undefined;
  const technologies: string[] = [];
  for (const entry of scored) {
    if (entry.concept.kind !== "technology" || !outsidePeriphery(entry.sections)) continue;
    bar ??= Math.min(MIN_PUBLISH_SCORE, entry.score * RELATIVE_PUBLISH_SHARE);
    if (entry.score >= bar) technologies.push(entry.concept.hashtag);
  }
  // Pushed one by one rather than spread: spreading arrays of several element kinds (an empty
  // list is one of small integers to V8) had V8 recompile `publish` again and again.
  const distinct: string[] = [];
  if (jobType === "software") {
    if (technologies.length > 0) addDistinct(distinct, technologies[0] as string);
    if (areaTags.length > 0) addDistinct(distinct, (areaTags[0] as Tag).hashtag);
    for (let index = 1; index < technologies.length; index++) {
      addDistinct(distinct, technologies[index] as string);
    }
    for (let index = 1; index < areaTags.length; index++) {
      addDistinct(distinct, (areaTags[index] as Tag).hashtag);
    }
  } else {
    for (const tag of areaTags) addDistinct(distinct, tag.hashtag);
    for (const hashtag of technologies) addDistinct(distinct, hashtag);
  }
  return { tags, hashtags: distinct.slice(0, maxHashtags) };
}

function addDistinct(hashtags: string[], hashtag: string): void {
  if (!hashtags.includes(hashtag)) hashtags.push(hashtag);
}

/** Whether a concept appears outside perks and boilerplate. */
function outsidePeriphery(sections: number): boolean {
  return (sections & ~PERIPHERAL_BITS) !== 0;
}
