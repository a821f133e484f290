import type { ContextRuleInput } from "../schema";

/**
 * Named context rules for ambiguous aliases. A concept's alias names one with
 * `context: "techWord"`, or carries a rule of its own inline.
 */
export const rules: Record<string, ContextRuleInput> = {
  /** A capitalized product name that is also an English word: needs a technology context. */
  techWord: {
    accept: ["techCueBefore", "techNounAfter", "labelledListBefore"],
    list: true,
    otherwise: "reject",
  },
  /** Mostly a technology, but sometimes not: accepted unless a rejecting phrase says otherwise. */
  mostlyTech: {
    list: true,
    otherwise: "accept",
  },
  /**
   * A product that is also a company other postings cite (GitHub, Slack, HubSpot): a mention
   * unless it stands in an investor, founder or customer blurb.
   */
  brand: {
    reject: [
      "companyBlurbBefore",
      "companyBlurbAfter",
      "applicantLinkBefore",
      "applicantLinkAfter",
      "insideUrlBefore",
    ],
    // Not "list": a rule that accepts by default must decide "accept" itself, or its mention
    // cannot vouch for an ambiguous neighbour in a list ("Slack, Clubhouse, Figma").
    list: false,
    otherwise: "accept",
  },
  /**
   * A product named by an ordinary word (Asana, Front, Segment, Lever): needs a tool context or
   * a list of other tools, and never counts inside a company blurb. Pair it with `caseSensitive`.
   */
  productWord: {
    reject: ["companyBlurbBefore", "companyBlurbAfter", "insideUrlBefore"],
    accept: ["toolCueBefore", "toolNounAfter", "labelledListBefore"],
    list: true,
    otherwise: "reject",
  },
  /** A word that names a tool only among other tools: "Sketch, Abstract, Zeplin". */
  listOnly: {
    reject: ["companyBlurbBefore", "companyBlurbAfter", "insideUrlBefore"],
    list: true,
    otherwise: "reject",
  },
  /** A work tool postings also name as a perk (laptops, OS): a mention unless in a perk context. */
  notPerk: {
    reject: [
      "perkBefore",
      "perkAfter",
      "companyBlurbBefore",
      "companyBlurbAfter",
      "insideUrlBefore",
    ],
    list: false,
    otherwise: "accept",
  },
  /**
   * A spoken language asked of the candidate ("fluent German", "German speaker", "speak Spanish
   * and English", "English (C1)"), not a country, market, law or perk ("German company",
   * "Spanish lessons", "Polish is not necessary").
   */
  spokenLanguage: {
    reject: [
      {
        after:
          "^\\s*(?:-\\s*)?(?:company|companies|market|markets|customers?|clients?|office|offices|headquarters|hq|startups?|government|law|labou?r law|legislation|regulations?|citizens?|residents?|cuisine|food|time|time ?zones?|territory|territories|regions?|branch|subsidiary|entity|entities|gaap|accounting|tax|lessons?|classes|courses?|tutors?|teachers?|version|versions|website|site|press|media|universities|university|schools?|culture|nationals?|nationality|passport|work permit|visa|holidays?|banks?|banking|insurance|expansion|team|teams|partners?|users?|audiences?|economy|investors?|federal|state|border|mittelstand|language (?:course|courses|classes|lessons|school|tuition|training))\\b",
      },
      {
        after:
          "^\\s*(?:-\\s*)?speaking\\s+(?:countries|regions|markets?|territories|world|customers|clients|(?:work(?:ing)?\\s+)?(?:environment|company|culture|workplace|office))\\b",
      },
      {
        after:
          "^\\s+(?:is|are)\\s+(?:not|no)\\s+(?:necessary|required|needed|a requirement|mandatory|essential|a must)\\b",
      },
      {
        after:
          "^\\s+(?:[\\w/&-]+\\s+){0,2}(?:ecosystem|industry|landscape|scene|sector|markets?|startups?|companies|customers|clients|subsidiar(?:y|ies)|offices?)\\b",
      },
      { before: "\\b(?:no|without|not|other than|besides)\\s+$" },
      { before: "\\b(?:learn|learning|teach|teaching|study|studying)\\s+$" },
    ],
    accept: [
      {
        before:
          "\\b(?:fluent|fluency|fluently|native|natively|proficient|proficiency|bilingual|business|conversational|professional|excellent|exceptional|outstanding|superb|good|great|strong|solid|written|spoken|working|advanced|intermediate|basic|verbal|oral|perfect|impeccable|flawless|high|near-native|c1|c2|b1|b2|mother tongue|first language|command of|levels? of)(?:[- ]level)?\\s+(?:(?:in|of|the|and|or|both|either|levels?|knowledge|command|skills?|communication|proficiency|fluency|abilities|ability|language|written|spoken|verbal|oral|business|professional|working|native|fluent|excellent|good|strong|solid|well|us|uk|american|british|[a-z]+ly)\\s+)*(?:[A-Za-z]+\\s*(?:,|and|or|&|/|and/or)\\s*){0,5}$",
      },
      {
        before:
          "\\b(?:speak|speaks|speaking|speaker|write|writes|read|reads|communicate|communicates|communicating|communication|correspond|converse|respond|work|working|conducted|written|held)\\s+(?:(?:in|of|the|and|or|both|either|levels?|knowledge|command|skills?|communication|proficiency|fluency|abilities|ability|language|written|spoken|verbal|oral|business|professional|working|native|fluent|excellent|good|strong|solid|well|us|uk|american|british|[a-z]+ly)\\s+)*(?:[A-Za-z]+\\s*(?:,|and|or|&|/|and/or)\\s*){0,5}$",
      },
      {
        before:
          "\\b(?:translat\\w*|interpret\\w*|localiz\\w*|localis\\w*)\\s+(?:from|into|to|between)\\s+(?:[A-Za-z]+\\s*(?:,|and|or|&|/|and/or)\\s*){0,5}$",
      },
      {
        before:
          "\\blanguages?\\s*(?:[:(-]|required|skills|proficiency|such as|like|including)\\s*(?:[A-Za-z]+\\s*(?:,|and|or|&|/|and/or)\\s*){0,5}$",
      },
      {
        before:
          "\\b(?:cv|cvs|resume|resumes|résumé|application|applications|cover letter|cover letters)\\s+(?:\\w+\\s+){0,3}in\\s+$",
      },
      {
        after:
          "^\\s*(?:-\\s*)?(?:speakers?|speaking|language|languages|skills?|fluency|proficiency|native|mother tongue|level|(?:is|are|would be)\\s+(?:a\\s+)?(?:big\\s+|huge\\s+|strong\\s+)?(?:must|required|plus|mandatory|essential|necessary|needed|preferred|bonus|advantage|nice|asset|requirement))\\b",
      },
      {
        after:
          "^\\s*\\((?:c1|c2|b1|b2|a1|a2|native|fluent|written|spoken|mandatory|required|preferred|business|professional)",
      },
      {
        after:
          "^\\s+(?:is|should be|must be)\\s+(?:on\\s+)?(?:an?\\s+)?(?:good|great|high|excellent|native|fluent|strong|advanced|c1|c2|b2|the (?:company|working|official|main|primary|team) language|our (?:company|working|official|main) language)\\b",
      },
      {
        after: "^\\s+in\\s+(?:both\\s+)?(?:written|oral|spoken|verbal|writing|speaking)\\b",
      },
      {
        before:
          "\\b(?:communicat\\w*|speak\\w*|writ\\w*|fluen\\w*|proficien\\w*|skills?|convers\\w*|present\\w*|articulat\\w*)\\b[^.!?;|]{0,40}\\bin\\s+$",
      },
      { before: "^\\s*$", after: "^\\s*(?:\\([^)]*\\))?\\s*$" },
      {
        after:
          "^\\s*(?:(?:,|and|or|&|/|and/or)\\s*[A-Za-z]+\\s*){1,4}(?:speakers?|speaking|languages|skills|fluency|proficiency|(?:is|are)\\s+(?:a\\s+)?(?:must|required|plus|mandatory|essential|preferred))\\b",
      },
      {
        before: "\\(\\s*$",
        after: "^\\s*(?:speaking|speaker|native|fluent)?\\s*\\)",
      },
    ],
    list: true,
    otherwise: "reject",
  },
};
