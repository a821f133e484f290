import type { Pattern } from "../schema";

/**
 * Context patterns shared by the ambiguity rules (`rules.ts` and concept files name them).
 * Each is tested case-insensitively; see `PatternSchema` for `before`/`after`.
 */
export const patterns: Record<string, Pattern> = {
  /** "experience with Go", "proficient in Rust", "knowledge of Spring", "using Swift" */
  techCueBefore: {
    before:
      "(?:experience|experienced|expertise|proficien(?:t|cy)|fluen(?:t|cy)|knowledge|skills?|skilled|familiar(?:ity)?|background|comfortable|competen(?:t|ce)|mastery|understanding|work(?:ing)?|written|built|build|develop(?:ed|ing)?|coding|code|program(?:ming)?|write|writing|using|use|with|in|like|such as|e\\.g\\.|including|stack[:]?|languages?[:]?|frameworks?[:]?)\\s+(?:(?:the|a|modern|idiomatic|production|strong|solid|deep|good|great|hands-on|professional|some|and|or|in|with|of|[a-z]+ing)\\s+){0,3}$",
  },
  /** "Go developer", "Rust code", "Swift programming", "Spring framework" */
  techNounAfter: {
    after:
      "^(?:\\s*[-/]?\\s*)(?:developers?|engineers?|engineering|programm(?:er|ers|ing)|code(?:base)?|codebases?|framework|librar(?:y|ies)|language|services?|microservices?|apps?|applications?|backend|back-end|frontend|front-end|stack|projects?|development|modules?|packages?|sdk|api|apis|runtime|scripts?|scripting|ecosystem|toolchain|experience|skills?|knowledge|expertise|proficiency)\\b",
  },
  /** A heading-like list position: "Languages: Go, Rust" */
  labelledListBefore: {
    before:
      "(?:languages?|stack|tech(?:nolog(?:y|ies))?|tools?|frameworks?|skills|requirements?)\\s*[:\\-]\\s*(?:[\\w#+.]+\\s*[,/]\\s*){0,8}$",
  },
  /**
   * A stricter cue for words that are also people's names or common nouns ("Julia", "Jasmine"):
   * "experience with Jasmine" counts, "work closely with Julia" does not.
   */
  skillCueBefore: {
    before:
      "(?:experience[ds]?|expertise|proficien(?:t|cy)|fluen(?:t|cy)|knowledge|skills?|skilled|familiar(?:ity)?|background|competen(?:t|ce|cy)|mastery|understanding|written|coding|programming|tools? (?:like|such as)|frameworks? (?:like|such as)|librar(?:y|ies) (?:like|such as))\\s+(?:(?:in|with|of|using|on)\\s+)?(?:(?:the|a|an|modern|strong|solid|deep|good|hands-on|professional|production|some)\\s+){0,2}$",
  },
  /** A version right after the name: "Vue 3", "Angular 12", "Unity 2020.3", "Python 3.9+" */
  versionAfter: {
    after:
      "^[ -]?v?\\d+(?:\\.(?:\\d+|x))*\\+?(?![\\w%$])(?!\\s*(?:years?|months?|weeks?|days?|hours?|minutes?|%|percent))",
  },
  /**
   * A product named as a tool: "tools like Asana", "e.g. Front", "experience with Looker",
   * "we use Notion", "(Lever and/or Greenhouse)". Part B's business and design words use it.
   */
  toolCueBefore: {
    before:
      "(?:\\b(?:tools?|platforms?|software|systems?|apps?|applications?|suites?|solutions?|services?|products?|programs?|stack|crms?|ats|such as|like|e\\.?g\\.?|i\\.?e\\.?|incl\\.?|including|especially|particularly|using|use|uses|used|via|in|with|within|leverage|leveraging|experience|experienced|expertise|knowledge|familiar(?:ity)?|proficien(?:t|cy)|fluen(?:t|cy)|skills?|skilled|comfortable|mastery|administ(?:er|ering|ration)|configur(?:e|ing|ation)|know|learn)|[:(])[\\s,]*(?:(?:the|a|an|with|in|of|tools?|such as|like|e\\.g\\.,?|and|or|both|either|at least one of|one of|any of|strong|solid|deep|good|great|hands-on|advanced|working|some|basic|prior|previous|proven|[a-z]+ing)\\s+){0,3}$",
  },
  /** A product followed by what one does with it: "Salesforce admin", "HubSpot workflows". */
  toolNounAfter: {
    after:
      "^\\s*(?:[-/]\\s*)?(?:accounts?|admins?|administrators?|administration|api|apis|integrations?|certifi(?:ed|cations?)|experience|skills?|knowledge|expertise|proficiency|platform|instances?|workspaces?|dashboards?|reports?|reporting|campaigns?|automations?|workflows?|plugins?|add-?ons?|apps?|sdk|implementations?|consultants?|developers?|development|users?|boards?|tickets?|macros?|pipelines?|pages|templates?|migrations?|best practices)\\b",
  },
  /**
   * A company cited in a blurb, not a tool of the job: "backed by Y Combinator, Slack Fund",
   * "the founders of GitHub, Slack and Figma", "customers include HubSpot, Square".
   */
  companyBlurbBefore: {
    before:
      "\\b(?:backed by|investors?|invested|investment from|funded by|raised|founders? of|founded by|co-?founders? of|founder of|alumni of|veterans? of|formerly (?:at|of)|previously (?:at|of)|worked (?:at|for)|companies (?:like|such as|including)|brands (?:like|such as|including)|businesses (?:like|such as|including)|leaders (?:like|such as)|organi[sz]ations (?:like|such as|including)|customers (?:include|including|like|such as|are)|clients (?:include|including|like|such as|are)|trusted by|used by|loved by|relied on by|teams at|employees (?:at|of)|ex-)[^.!?;:]{0,60}$",
  },
  /** A company cited in a blurb, seen from after the name: "..., and Zoom rely on Kentik", "Slack Fund". */
  companyBlurbAfter: {
    // Each listed name must follow a comma or a space: optional separators here would let the
    // engine split one word in exponentially many ways. The lookahead, which every match of the
    // first branch satisfies (each of its phrases holds one of those words), spares most texts
    // that branch's backtracking over up to six names.
    after:
      "^(?=[^]*?(?:rel[iy]|trust |our [ci]|invested))(?:(?:\\s*,\\s*|\\s+)(?:and\\s+|&\\s+)?[\\w.&'’-]+){0,6}?\\s*,?\\s+(?:and (?:many )?more\\s+|etc\\.?\\s+)?(?:rely on|relies on|trust us|trust our|are (?:among )?our (?:customers|clients|investors)|have invested|invested in)\\b|^\\s+(?:fund|capital|ventures|partners)\\b|^['’]s\\s+(?:co-?founders?|founders?|ceo|cto|cfo|investors?)\\b",
  },
  /** A laptop or perk, not a tool of the job: "Laptop assigned, Mac or Windows", "MacBook or Linux machine". */
  perkBefore: {
    before:
      "\\b(?:laptops?|macbooks?|notebooks?|stipend|allowance|perks?|benefits?|of your choice|choice of|we (?:provide|give|offer) (?:you )?(?:a|an|the)?)\\b[^.!?;]{0,40}$",
  },
  perkAfter: {
    after:
      "^[^.!?;]{0,30}?\\b(?:laptops?|machines?|computers?|of your choice|stipend|allowance)\\b",
  },
  /** Inside a web address: "https://www.notion.so/acme/...", "jobs.lever.co/acme". */
  insideUrlBefore: {
    before: "(?:https?://|www\\.)\\S*$",
  },
  /** An applicant's own profile, not a tool of the job: "link to your GitHub", "Profile links (GitHub, GitLab)". */
  applicantLinkBefore: {
    before:
      "\\b(?:links? to your|your (?:own )?(?:website|blog|portfolio|profiles?|online presence|resum[eé]s?|cvs?)|profile links?|portfolio links?|examples of your work|social media handles?|follow us on|find us on|connect with us on)\\b[^!?;]{0,40}$",
  },
  applicantLinkAfter: {
    after:
      "^\\s*(?:/\\s*\\w+\\s+)?(?:profiles?|accounts?|handles?|usernames?|repos? links?|page links?)\\b",
  },
};
