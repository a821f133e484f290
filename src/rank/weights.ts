import type { Section } from "../schema/enums";

/**
 * How much a mention counts by where it stands. The title and the requirements say what the
 * job is; company blurbs, perks ("a MacBook", "a Slack community"), application steps and legal
 * boilerplate name tools the job does not use.
 */
export const SECTION_WEIGHTS: Record<Section, number> = {
  title: 3,
  requirements: 1.5,
  responsibilities: 1.3,
  "nice-to-have": 0.9,
  other: 1,
  about: 0.45,
  benefits: 0.15,
  process: 0.25,
  legal: 0.05,
};

/** Extra weight for every further section a concept appears in: breadth says importance. */
export const SPREAD_BONUS = 0.25;
/** The share of an implying concept's score an implied one gets (`rails` -> `rubylang`). */
export const IMPLIED_SHARE = 0.6;
/**
 * IDF is dampened: curators publish the main stack (JavaScript, SQL, AWS) even though most
 * postings name it, so rarity should reorder tags, not bury the common ones.
 */
export const IDF_EXPONENT = 0.3;
