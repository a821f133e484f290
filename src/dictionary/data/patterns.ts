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
};
