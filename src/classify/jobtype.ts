import type { Area, Category, JobType } from "../schema/enums";
import { CATEGORY_OF_AREA, roleFromTitle, SOFTWARE_CATEGORIES, type TitleRole } from "./category";
import { trieAlternation } from "./trie";
import type { RoleClassification, RoleInput } from "./types";

/**
 * Job type (software | other) and category of a posting.
 *
 * The title decides when a title rule matches (see `category.ts`). A generic engineering title
 * ("Software Engineer") takes a more specific engineering category (devops-sre, qa, security,
 * data-ml) when the role's areas clearly point there. Managers of engineers and developer
 * advocates are software jobs only when the posting shows hands-on technical work. Without a
 * title rule, the areas decide, then the technologies, then the body's vocabulary.
 *
 * Confidence: 0.9+ for a clear title rule that the signals do not contradict, about 0.6-0.8
 * when the body or areas decide, lower when only weak body words do.
 */
export function classifyRole(input: RoleInput): RoleClassification {
  const title = roleFromTitle(input.title);
  const areas = areaCategories(input.areas);
  const softwareLean = technologySoftwareLean(input.tags);
  if (title) return fromTitle(title, input, areas, softwareLean);
  return fromSignals(input, areas, softwareLean);
}

const MANAGES_ENGINEERS_RE =
  /\b(?:engineering|development|software) (?:manager|director|lead(?:er)?)\b|\b(?:head|director|vp|vice president) of (?:\w+ )?(?:engineering|development|technology)\b|\b(?:manager|director),? (?:\w+ )?engineering\b|\bcto\b/i;

/**
 * Engineering categories an area can refine a generic engineering title into. Data and ML are
 * left out: data roles say so in their titles, while many backend postings mention both.
 */
const REFINING_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  "devops-sre",
  "qa",
  "security",
]);
/** A title that names no speciality: "Senior Software Engineer", "Staff Engineer", "Developer II". */
const GENERIC_ENGINEERING_RE =
  /^(?:(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|mid|intermediate|remote|founding)[\s/]+)*(?:software\s+)?(?:engineer|developer|programmer)(?:\s+(?:i{1,3}|iv))?$/i;
/** Areas that name a domain more than a function; they count less when choosing a category. */
const DOMAIN_AREA_WEIGHT: Partial<Record<Area, number>> = { blockchain: 0.4, gamedev: 0.6 };

interface AreaVote {
  category: Category;
  /** This category's share of all area score, in [0, 1]. */
  share: number;
  /** The area that contributed most. */
  area: Area;
}

function fromTitle(
  title: TitleRole,
  input: RoleInput,
  areas: AreaVote[],
  softwareLean: number | null,
): RoleClassification {
  let category = title.category;
  let categoryConfidence = 0.9;
  const top = areas[0];
  if (
    title.rule === "engineering" &&
    top &&
    REFINING_CATEGORIES.has(top.category) &&
    GENERIC_ENGINEERING_RE.test(titleHead(input.title)) &&
    specialityDominates(areas, top)
  ) {
    category = top.category;
    categoryConfidence = 0.55 + 0.3 * top.share;
  } else if (top && top.category !== category && top.share >= 0.6) {
    categoryConfidence = 0.75;
  }

  const judged = title.jobType === "judge" || MANAGES_ENGINEERS_RE.test(input.title);
  if (judged) {
    const advocate = title.rule === "developer-relations";
    // Advocates name many technologies without coding for a living; only their words count.
    const handsOn = handsOnEvidence(input.text, advocate ? undefined : input.tags, advocate);
    return {
      jobType: handsOn.software ? "software" : "other",
      category,
      confidence: { jobType: round(handsOn.confidence), category: round(categoryConfidence) },
    };
  }
  const jobType = title.jobType as JobType;
  let jobTypeConfidence = 0.95;
  if (softwareLean !== null) {
    const agrees = jobType === "software" ? softwareLean >= 0.5 : softwareLean < 0.65;
    if (!agrees) jobTypeConfidence = 0.8;
  }
  if (title.rule === "engineering" || title.rule === "data-analyst") jobTypeConfidence -= 0.05;
  return {
    jobType,
    category,
    confidence: { jobType: round(jobTypeConfidence), category: round(categoryConfidence) },
  };
}

function fromSignals(
  input: RoleInput,
  areas: AreaVote[],
  softwareLean: number | null,
): RoleClassification {
  const top = areas[0];
  if (top) {
    const category = top.category;
    const categorySoftware = SOFTWARE_CATEGORIES.has(category);
    let jobType: JobType = categorySoftware ? "software" : "other";
    let jobTypeConfidence = 0.55 + 0.3 * top.share;
    if (category === "data-ml") {
      jobType = top.area === "analytics" || top.area === "research" ? "other" : "software";
      jobTypeConfidence = 0.55;
    }
    if (softwareLean !== null) {
      const leanType: JobType = softwareLean >= 0.6 ? "software" : "other";
      if (leanType !== jobType) {
        jobTypeConfidence = 0.45;
        if (!categorySoftware && category !== "data-ml") jobType = "other";
      }
    }
    return {
      jobType,
      category,
      confidence: { jobType: round(jobTypeConfidence), category: round(0.45 + 0.35 * top.share) },
    };
  }
  const vote = bodyVote(input.text);
  const jobType: JobType =
    softwareLean !== null
      ? softwareLean >= 0.6
        ? "software"
        : "other"
      : SOFTWARE_CATEGORIES.has(vote.category)
        ? "software"
        : "other";
  return {
    jobType,
    category: vote.category,
    confidence: {
      jobType: round(softwareLean !== null ? 0.5 : 0.4),
      category: round(vote.confidence),
    },
  };
}

/** How much stronger a speciality must be than the engineering areas to refine a title. */
const SPECIALITY_LEAD = 1.25;

/**
 * A generic engineering role is a speciality's when its areas include engineering work but
 * the speciality clearly outweighs it; a lone or weak speciality area is not enough.
 */
function specialityDominates(areas: AreaVote[], top: AreaVote): boolean {
  const engineering = areas.find((vote) => vote.category === "engineering");
  return (
    engineering !== undefined &&
    top.share >= 0.55 &&
    top.share >= engineering.share * SPECIALITY_LEAD
  );
}

/** The title before any team, location or note: "Senior Engineer, Payments (Remote)" → "Senior Engineer". */
function titleHead(title: string): string {
  return (title.split(/\s[-–|@]\s|[,(]/)[0] ?? title).trim();
}

function areaCategories(areas: RoleInput["areas"]): AreaVote[] {
  if (!areas || areas.length === 0) return [];
  // A few categories at most: a list searched in order is cheaper than a Map, and keeps the
  // order of first mention that the stable sort below falls back on.
  const totals: Array<{ category: Category; score: number; area: Area; best: number }> = [];
  let sum = 0;
  for (const { area, score: raw } of areas) {
    const score = raw * (DOMAIN_AREA_WEIGHT[area] ?? 1);
    if (!(score > 0)) continue;
    const category = CATEGORY_OF_AREA[area];
    const entry = totals.find((total) => total.category === category);
    if (entry) {
      entry.score += score;
      if (score > entry.best) {
        entry.best = score;
        entry.area = area;
      }
    } else {
      totals.push({ category, score, area, best: score });
    }
    sum += score;
  }
  if (sum <= 0) return [];
  return totals
    .map((entry) => ({ category: entry.category, share: entry.score / sum, area: entry.area }))
    .sort((a, b) => b.share - a.share);
}

/** Score-weighted mean of the technologies' software priors, or null without technologies. */
function technologySoftwareLean(tags: RoleInput["tags"]): number | null {
  if (!tags || tags.length === 0) return null;
  let weight = 0;
  let sum = 0;
  for (const tag of tags) {
    if (!(tag.score > 0)) continue;
    weight += tag.score;
    sum += tag.score * tag.software;
  }
  return weight > 0 ? sum / weight : null;
}

const HANDS_ON_RE =
  /\b(?:hands[- ]on|write (?:code|software)|writing (?:code|software|modular|clean|high[- ]quality)|coding|code reviews?|pull requests?|codebase|ship(?:ping)? code|programming|technical contribution|individual contributor|build (?:automation|tools)|architect(?:ing)? and build|debugg?\w*|pair(?:ing)? with)\b/gi;
/** Work of a manager of people rather than of code. */
const MANAGING_RE =
  /\b(?:people manage\w*|people leader\w*|hiring|recruit\w*|interview\w*|1:1s?|one[- ]on[- ]ones?|career (?:growth|development|paths?)|performance (?:reviews?|management)|mentor\w*|coach\w*|stakeholders?|budgets?|headcount|grow(?:ing)? (?:the|your|a) team)\b/gi;
/** Work of an advocate or educator rather than of code. */
const OUTREACH_RE =
  /\b(?:blog posts?|articles?|talks|conferences?|meetups?|community|tutorials?|content|events?|evangeli\w+|social media|webinars?|videos?)\b/gi;

/** Whether a manager or advocate role does hands-on technical work, and how sure that is. */
function handsOnEvidence(
  text: string,
  tags: RoleInput["tags"],
  advocate: boolean,
): { software: boolean; confidence: number } {
  const coding = countMatches(HANDS_ON_RE, text);
  const people = countMatches(advocate ? OUTREACH_RE : MANAGING_RE, text);
  let technical = 0;
  if (tags) for (const tag of tags) if (tag.software >= 0.7 && tag.score > 0) technical++;
  const evidence = coding + Math.min(technical, 8) * 0.5;
  const software = evidence >= 2 && evidence >= people * 0.5;
  const margin = Math.abs(evidence - people * 0.5);
  return { software, confidence: Math.min(0.8, 0.5 + margin * 0.05) };
}

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let count = 0;
  while (re.exec(text) !== null) count++;
  return count;
}

/** Body words that point at each category, for titles no rule understands. */
const BODY_VOTE_WORDS: Array<[Category, string[]]> = [
  [
    "engineering",
    [
      "software",
      "code",
      "coding",
      "developer",
      "engineer",
      "engineering",
      "api",
      "frontend",
      "backend",
      "programming",
    ],
  ],
  [
    "devops-sre",
    ["infrastructure", "devops", "kubernetes", "monitoring", "reliability", "on-call", "terraform"],
  ],
  [
    "data-ml",
    ["data", "analytics", "machine learning", "model", "models", "statistics", "sql", "research"],
  ],
  ["design", ["design", "designs", "designer", "ux", "ui", "figma", "visual", "brand identity"]],
  [
    "product",
    [
      "product manager",
      "product management",
      "product strategy",
      "product vision",
      "roadmap",
      "user needs",
      "business segment",
    ],
  ],
  [
    "marketing",
    [
      "marketing",
      "campaign",
      "campaigns",
      "brand",
      "seo",
      "growth",
      "audience",
      "social media",
      "advertising",
    ],
  ],
  [
    "sales",
    [
      "sales",
      "pipeline",
      "quota",
      "prospect",
      "prospects",
      "deal",
      "deals",
      "revenue",
      "closing",
      "partner",
      "partners",
    ],
  ],
  [
    "customer-support",
    ["customer", "customers", "support", "ticket", "tickets", "onboarding", "satisfaction"],
  ],
  [
    "hr-recruiting",
    [
      "recruiting",
      "recruitment",
      "recruiter",
      "hiring",
      "talent",
      "candidates",
      "hr",
      "people operations",
    ],
  ],
  ["finance-legal", ["finance", "financial", "accounting", "legal", "compliance", "tax", "audit"]],
  ["operations-admin", ["operations", "processes", "administrative", "logistics", "scheduling"]],
  ["writing-content", ["writing", "content", "article", "articles", "editorial", "copy", "blog"]],
  [
    "education",
    ["student", "students", "teaching", "curriculum", "learner", "learners", "lesson", "lessons"],
  ],
];
const CATEGORY_OF_BODY_WORD = new Map<string, Category>();
for (const [category, words] of BODY_VOTE_WORDS)
  for (const word of words) CATEGORY_OF_BODY_WORD.set(word, category);
const BODY_VOTE_RE = new RegExp(
  `\\b${trieAlternation([...CATEGORY_OF_BODY_WORD.keys()].map((word) => `${word}=`))}`,
  "gi",
);

function bodyVote(text: string): { category: Category; confidence: number } {
  const counts = new Map<Category, number>();
  let total = 0;
  BODY_VOTE_RE.lastIndex = 0;
  for (let match = BODY_VOTE_RE.exec(text); match !== null; match = BODY_VOTE_RE.exec(text)) {
    const category = CATEGORY_OF_BODY_WORD.get(match[0].toLowerCase());
    if (!category) continue;
    counts.set(category, (counts.get(category) ?? 0) + 1);
    total++;
  }
  let best: Category = "other";
  let bestCount = 0;
  for (const [category, count] of counts) {
    if (count > bestCount) {
      best = category;
      bestCount = count;
    }
  }
  if (bestCount < 3) return { category: "other", confidence: 0.2 };
  return { category: best, confidence: Math.min(0.5, 0.2 + (bestCount / total) * 0.6) };
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}
