import type { Area, Category, JobType } from "../schema/enums";
import { memoized } from "./memo";

/**
 * How a title rule decides the job type: fixed, or "judge" when the title alone cannot tell
 * (an engineering manager may or may not code; a developer advocate may mostly write).
 */
export type TitleJobType = JobType | "judge";

export interface TitleRole {
  category: Category;
  jobType: TitleJobType;
  /** The rule's name, for explanations and tests. */
  rule: string;
  /** Where the deciding words sit in the title. */
  start: number;
  end: number;
}

interface TitleRule {
  rule: string;
  pattern: RegExp;
  category: Category;
  jobType: TitleJobType;
}

function rule(name: string, pattern: string, category: Category, jobType: TitleJobType): TitleRule {
  return { rule: name, pattern: new RegExp(pattern, "i"), category, jobType };
}

/**
 * Title rules, most specific first; the first that matches decides. Job titles put the job's
 * head noun last ("Sales Engineer" sells, "Security Programme Manager" runs a programme), so the
 * multi-word head nouns come before the single domain words.
 */
const TITLE_RULES: TitleRule[] = [
  rule(
    "mentor",
    "\\b(?:mentor|tutor|teacher|instructor|educator|curriculum|teaching assistant|career (?:coach|advisor|mentor)|academic|instructional designer|bootcamp coach)\\b",
    "education",
    "other",
  ),
  rule("technical-artist", "\\btechnical artist\\b", "engineering", "software"),
  rule(
    "sales-engineering",
    "\\b(?:pre-?sales|sales engineer|solutions? (?:engineer|architect|consultant)|solutions? architecture|sales architect)",
    "sales",
    "other",
  ),
  rule(
    "developer-relations",
    "\\b(?:developer (?:advocate|relations|evangelist)|devrel|dev rel|evangelist)\\b",
    "writing-content",
    "judge",
  ),
  rule(
    "technical-writer",
    "\\b(?:technical writer|documentation (?:writer|engineer)|ux writer|api writer)\\b",
    "writing-content",
    "other",
  ),
  rule(
    "program-manager",
    "\\b(?:project|program|programme|delivery|engagement) (?:manager|lead|director|coordinator|management)\\b|\\b(?:scrum master|agile coach|pmo|transformation (?:lead|manager|director))\\b",
    "project-management",
    "other",
  ),
  rule(
    "it-support",
    "\\bit (?:support|helpdesk|help desk|engineer|administrator|manager|specialist|operations)\\b",
    "devops-sre",
    "software",
  ),
  rule(
    "support-engineer",
    "\\b(?:support|helpdesk|help desk|happiness) (?:engineer|specialist|agent|representative|lead|manager|associate|analyst|technician)\\b|\\btechnical support\\b|\\btier \\d\\b",
    "customer-support",
    "other",
  ),
  rule(
    "customer-success",
    "\\bcustomer (?:success|support|happiness|care|service|experience|retention|onboarding)|\\bclient (?:success|services|support)|\\b(?:agency|partner) success\\b|\\bcommunity moderator\\b|\\btechnical account manager\\b",
    "customer-support",
    "other",
  ),
  rule(
    "qa",
    "\\b(?:qa|sqa|quality assurance|quality engineer|test(?:ing)? (?:engineer|automation|analyst|lead|manager)|tester|sdet|in test|automation tester|quality (?:analyst|specialist))\\b|\\bdata quality engineer\\b",
    "qa",
    "software",
  ),
  rule(
    "security",
    "\\b(?:security engineer|secops|devsecops|appsec|application security|product security|cloud security|penetration|pentest|incident (?:handler|responder|response)|detection engineer\\w*|threat|soc analyst|information security|infosec|cyber ?security|security (?:architect|researcher|analyst|operations|lead|specialist))|\\(security\\)|\\bsecurity\\b[\\w\\s&/-]{0,20}\\b(?:engineer|developer|architect|researcher)\\b",
    "security",
    "software",
  ),
  rule(
    "security-compliance",
    "\\b(?:grc|security compliance|certification & risk|risk & certification)\\b",
    "security",
    "other",
  ),
  rule(
    "devops",
    "\\b(?:devops|dev ops|site reliability|sre|infrastructure|infra|platform / site|sysadmin|systems? administrator|system engineer|systems engineer|release engineer|build engineer|techops|tech ops|reliability engineer\\w*|(?<!backend |frontend |data |learning |ml |mobile )platform engineer|production engineer|operations engineer|cloud (?:engineer|architect)|network engineer|it engineer|it (?:support|administrator|manager|specialist)|helpdesk)\\b",
    "devops-sre",
    "software",
  ),
  rule(
    "engineering-manager",
    "\\b(?:engineering|software development|software) (?:manager|director|lead(?:er)?)\\b|\\b(?:head|director|vp|vice president) of (?:software |mobile |web |frontend |backend )?(?:engineering|development|technology)\\b|\\bmanager,? (?:software )?engineering\\b|\\bdirector,? (?:software )?engineering\\b|\\bcto\\b|\\bchief technology officer\\b",
    "engineering",
    "judge",
  ),
  rule(
    "data-engineer",
    "\\b(?:data (?:engineer(?:ing)?|platform|infrastructure|architect|developer)|analytics engineer|etl|bi (?:engineer|developer)|big data)\\b",
    "data-ml",
    "software",
  ),
  rule(
    "ml-engineer",
    "\\b(?:machine learning|ml|mlops|ai|deep learning|computer vision|nlp) (?:engineer|developer|software engineer|researcher|scientist|specialist|lead)\\b|\\bdata scien\\w*|\\bresearch scientist\\b",
    "data-ml",
    "software",
  ),
  rule(
    "data-analyst",
    "\\b(?:data|bi|business intelligence|product data|insights?|quantitative|quant|statistic\\w*|analytics)\\s*(?:analyst|consultant|researcher|trader|specialist|scientist|manager|lead)?\\b(?!\\s+(?:engineer|developer))",
    "data-ml",
    "other",
  ),
  rule(
    "designer",
    "\\b(?:designer|design (?:lead|manager|director|researcher|mentor)|head of design|ux|ui(?! engineer| developer)|user (?:experience|interface|researcher)|graphic|illustrat\\w+|animator|motion|artist|video (?:editor|creator|producer)|visual|creative director|art director|3d|ux researcher|(?:product|ux|ui|visual|graphic|web|brand|game|interaction|motion|level|service|experience) design)\\b",
    "design",
    "other",
  ),
  rule("producer", "\\b(?:producer|production manager)\\b", "project-management", "other"),
  rule(
    "product",
    "\\bproduct (?:manager|owner|lead|director|management|strateg\\w+|analyst|operations|ops|specialist)\\b|\\b(?:head|vp|director|chief) of product\\b|\\bcpo\\b|\\bmonetization\\b|\\bbusiness segment\\b",
    "product",
    "other",
  ),
  rule("content-marketing", "\\bcontent market\\w*|\\bcontent strateg\\w*", "marketing", "other"),
  rule(
    "writing",
    "\\b(?:writer|copywriter|copy writer|editor|content|proofreader|translator|translation|locali[sz]ation|journalist|blogger|documentation)\\b",
    "writing-content",
    "other",
  ),
  rule(
    "recruiting",
    "\\b(?:recruit\\w*|talent|sourcer|sourcing specialist|headhunter|hr|human resources|people|payroll|benefits|diversity|hrbp|learning (?:and|&) development)\\b|\\bperformance coach\\b",
    "hr-recruiting",
    "other",
  ),
  rule("legal", "\\b(?:counsel|lawyer|attorney|paralegal|legal)\\b", "finance-legal", "other"),
  rule(
    "sales-operations",
    "\\bsales (?:operations|ops|enablement|strategy)\\b|\\brevenue operations\\b|\\brevops\\b",
    "sales",
    "other",
  ),
  rule(
    "marketing",
    "\\b(?:marketing|marketer|marketeer|growth|seo|sem|ppc|brand|communications?|comms|pr|public relations|social media|advertising|ad ops|paid (?:media|social|search)|demand gen\\w*|lifecycle|crm|user acquisition|acquisition|community|digital media|media buyer|campaign|email|events?|influencer|affiliate|cmo)\\b",
    "marketing",
    "other",
  ),
  rule(
    "sales",
    "\\b(?:sales|account (?:executive|manager|director|strateg\\w*|development)|business develop\\w*|market development|representative|bdr|sdr|partnerships?|partner|renewals|revenue|closer|inside sales|admissions|client (?:relationship|manager|strategist|partner)|relationship manager|channel|alliances|commercial|key account|trade support|new business)\\b",
    "sales",
    "other",
  ),
  rule(
    "finance-legal",
    "\\b(?:financ\\w*|accountant|accounting|controller|treasury|tax|bookkeep\\w*|legal|counsel|lawyer|attorney|paralegal|compliance|regulatory|kyc|aml|risk|audit\\w*|fp&a|collections|billing|payments?|fintech|investment|portfolio advisor)\\b",
    "finance-legal",
    "other",
  ),
  rule(
    "operations",
    "\\b(?:operations|ops|office manager|executive assistant|assistant|admin\\w*|coordinator|chief of staff|general manager|business analyst|procurement|strategic sourcing|logistics|supply chain|facilities|workplace|management support|operator|agent|game master|moderator|data entry)\\b",
    "operations-admin",
    "other",
  ),
  rule(
    "engineering",
    "\\b(?:engineer\\w*|developer|dev|programmer|software|architect|coder|front[- ]?end|back[- ]?end|full[- ]?stack|mobile|ios|android|web|wordpress|php|python|java|javascript|typescript|ruby|rails|react|node(?:\\.js)?|golang|go|rust|c\\+\\+|unity|gameplay|graphics|embedded|firmware|blockchain|smart contract|tech lead|technical lead|technical director|hacker|html|css)\\b|\\.net\\b",
    "engineering",
    "software",
  ),
];

/** The first title rule that matches, with the words that decided it. */
export const roleFromTitle: (title: string) => TitleRole | null = memoized(2048, firstTitleRule);

/** " - Payments Core", " | Remote", " – Storage Engine": what follows names a team or a place. */
const TITLE_QUALIFIER_RE = /\s+[-–—|]\s+/;

/**
 * The head of the title decides first: in "Senior Java Engineer - Payments Core" the job is an
 * engineer's, whatever the team is called. The whole title decides when the head names no role.
 */
function firstTitleRule(title: string): TitleRole | null {
  const qualifier = TITLE_QUALIFIER_RE.exec(title);
  if (qualifier && qualifier.index > 0) {
    const head = firstRuleIn(title.slice(0, qualifier.index));
    if (head) return head;
  }
  return firstRuleIn(title);
}

function firstRuleIn(title: string): TitleRole | null {
  for (const entry of TITLE_RULES) {
    const match = entry.pattern.exec(title);
    if (match) {
      return {
        category: entry.category,
        jobType: entry.jobType,
        rule: entry.rule,
        start: match.index,
        end: match.index + match[0].length,
      };
    }
  }
  return null;
}

/** The category each functional area points to. */
export const CATEGORY_OF_AREA: Record<Area, Category> = {
  frontend: "engineering",
  backend: "engineering",
  fullstack: "engineering",
  mobile: "engineering",
  embedded: "engineering",
  gamedev: "engineering",
  blockchain: "engineering",
  devops: "devops-sre",
  security: "security",
  data: "data-ml",
  "machine-learning": "data-ml",
  analytics: "data-ml",
  research: "data-ml",
  qa: "qa",
  design: "design",
  "ui/ux": "design",
  product: "product",
  "project-management": "project-management",
  marketing: "marketing",
  seo: "marketing",
  socialmedia: "marketing",
  community: "marketing",
  content: "writing-content",
  writing: "writing-content",
  translation: "writing-content",
  sales: "sales",
  "customer-support": "customer-support",
  hr: "hr-recruiting",
  recruiting: "hr-recruiting",
  finance: "finance-legal",
  accounting: "finance-legal",
  legal: "finance-legal",
  operations: "operations-admin",
  management: "operations-admin",
  education: "education",
};

/** Categories whose work is building, testing, securing or operating software. */
export const SOFTWARE_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  "engineering",
  "devops-sre",
  "qa",
  "security",
]);
