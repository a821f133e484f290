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

/**
 * The score is passed in rather than set afterwards: overwriting a tag's score made V8 mark the
 * field as changing and throw away the code built on it.
 */
function tagOf(entry: ScoredConcept, score = entry.score): Tag {
  const tag: Tag = {
    hashtag: entry.concept.hashtag,
    label: entry.concept.label,
    kind: entry.concept.kind,
    group: entry.concept.group,
    score: round(score),
    count: entry.count,
    evidence: entry.evidence,
  };
  return tag;
}

function areaTag(area: RoleArea, title: string, scored: ScoredConcept | undefined): Tag {
  const evidence: Evidence[] = [];
  if (area.title) {
    evidence.push({
      start: area.title.start,
      end: area.title.end,
      text: title.slice(area.title.start, area.title.end),
      section: "title",
    });
  }
  for (const item of scored?.evidence ?? []) {
    const duplicate = evidence.some(
      (other) =>
        other.start === item.start && other.end === item.end && other.section === item.section,
    );
    if (!duplicate) evidence.push(item);
  }
  return {
    hashtag: `#${area.area}`,
    label: scored?.concept.label ?? area.area,
    kind: "area",
    group: "area",
    score: round(area.score),
    count: scored?.count ?? 0,
    evidence,
  };
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
    if (technology) {
      // Where a technology shares the area's hashtag (#seo), the tag stays a technology.
      areaTags.push(tagOf(technology, Math.max(technology.score, area.score)));
    } else {
      areaTags.push(areaTag(area, title, named));
    }
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
