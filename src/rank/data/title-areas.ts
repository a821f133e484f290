import type { Area } from "../../schema/enums";

/**
 * Functional areas named by a job title, tried in order; every matching rule adds its areas.
 * The title says what the role does, so it outranks whatever the body mentions.
 * Patterns are case-insensitive regular-expression sources.
 */
export const titleAreaRules: Array<{ pattern: string; areas: Area[] }> = [
  { pattern: "\\bfull[\\s-]?stack\\b", areas: ["fullstack"] },
  { pattern: "\\b(?:back[\\s-]?end|server[\\s-]side|api engineer)\\b", areas: ["backend"] },
  {
    pattern: "\\b(?:front[\\s-]?end|ui engineer|ui developer|web developer)\\b",
    areas: ["frontend"],
  },
  { pattern: "\\b(?:ios|android|mobile|react native|flutter)\\b", areas: ["mobile"] },
  {
    pattern:
      "\\b(?:devops|dev ops|sre|site reliability|infrastructure|platform engineer|cloud engineer|systems? administrator|sysadmin|release engineer|build engineer)\\b",
    areas: ["devops"],
  },
  { pattern: "\\b(?:security|appsec|penetration|pentest|infosec|cyber)", areas: ["security"] },
  {
    pattern:
      "\\b(?:machine learning|ml engineer|mlops|\\bai\\b|deep learning|computer vision|nlp)\\b",
    areas: ["machine-learning"],
  },
  { pattern: "\\bdata scien", areas: ["data", "machine-learning"] },
  {
    pattern:
      "\\b(?:data engineer|data platform|etl|big data|data infrastructure|analytics engineer|database)",
    areas: ["data"],
  },
  {
    pattern:
      "\\b(?:data analyst|business intelligence|bi analyst|bi developer|analytics|insights analyst|business analyst)\\b",
    areas: ["analytics"],
  },
  {
    pattern:
      "\\b(?:qa|quality assurance|test engineer|tester|sdet|test automation|automation engineer)\\b",
    areas: ["qa"],
  },
  { pattern: "\\b(?:embedded|firmware|hardware)\\b", areas: ["embedded"] },
  { pattern: "\\b(?:game|gameplay|unity developer|unreal)\\b", areas: ["gamedev"] },
  {
    pattern: "\\b(?:blockchain|web3|smart contract|solidity|crypto|defi)\\b",
    areas: ["blockchain"],
  },
  {
    pattern:
      "\\b(?:ux|ui/ux|ux/ui|user experience|interaction designer|product designer|user researcher)\\b",
    areas: ["ui/ux"],
  },
  {
    pattern:
      "\\b(?:designer|design lead|head of design|illustrator|art director|design director|creative director)\\b",
    areas: ["design"],
  },
  {
    pattern:
      "\\bproduct (?:manager|owner|lead|director|management)|\\b(?:head|vp|director) of product\\b|\\bcpo\\b",
    areas: ["product"],
  },
  {
    pattern:
      "\\b(?:project manager|program manager|delivery manager|scrum master|project coordinator|pmo)\\b",
    areas: ["project-management"],
  },
  { pattern: "\\bseo\\b", areas: ["seo"] },
  { pattern: "\\bcommunications\\b", areas: ["marketing", "content", "writing"] },
  { pattern: "\\b(?:pr|public relations)\\b", areas: ["marketing", "content"] },
  {
    pattern:
      "\\b(?:advertising|performance marketing|paid (?:media|social|search)|media buyer|ppc)\\b",
    areas: ["marketing", "analytics"],
  },
  { pattern: "\\b(?:digital media|crm)\\b", areas: ["marketing"] },
  {
    pattern: "\\b(?:recruit\\w*|talent acquisition|talent partner)\\b",
    areas: ["recruiting", "hr"],
  },
  {
    pattern: "\\bpeople (?:generalist|partner|operations|ops|team)\\b",
    areas: ["hr", "operations"],
  },
  {
    pattern: "\\b(?:transformation|change management)\\b",
    areas: ["project-management", "management"],
  },
  {
    pattern:
      "\\b(?:marketing|marketer|growth|demand generation|brand|campaign|acquisition|cmo|pr manager|public relations|communications)\\b",
    areas: ["marketing"],
  },
  { pattern: "\\b(?:content|copywriter|editor|editorial)\\b", areas: ["content"] },
  { pattern: "\\b(?:social media|community manager)\\b", areas: ["socialmedia"] },
  {
    pattern:
      "\\b(?:sales|account executive|account manager|business development|sdr|bdr|closer|partnerships?|revenue|solutions? consultant|presales|pre-sales)\\b",
    areas: ["sales"],
  },
  {
    pattern:
      "\\b(?:support|customer success|customer experience|customer service|help ?desk|cx|client success|onboarding specialist|customer care)\\b",
    areas: ["customer-support"],
  },
  { pattern: "\\b(?:recruit|talent acquisition|sourcer|sourcing)", areas: ["recruiting"] },
  {
    pattern:
      "\\b(?:hr|human resources|people operations|people partner|people ops|payroll|benefits)\\b",
    areas: ["hr"],
  },
  { pattern: "\\b(?:accountant|accounting|bookkeep|controller|tax|audit)", areas: ["accounting"] },
  { pattern: "\\b(?:finance|financial|fp&a|cfo|treasury|billing)\\b", areas: ["finance"] },
  { pattern: "\\b(?:legal|counsel|lawyer|paralegal|compliance)\\b", areas: ["legal"] },
  {
    pattern:
      "\\b(?:operations|ops manager|office manager|executive assistant|administrative|virtual assistant|coordinator|chief of staff)\\b",
    areas: ["operations"],
  },
  { pattern: "\\b(?:technical writer|writer|documentation)\\b", areas: ["writing"] },
  {
    pattern: "\\b(?:teacher|tutor|instructor|educator|curriculum|teaching)\\b",
    areas: ["education"],
  },
  {
    pattern: "\\b(?:translator|translation|locali[sz]ation|interpreter)\\b",
    areas: ["translation"],
  },
  { pattern: "\\b(?:community)\\b", areas: ["community"] },
  { pattern: "\\b(?:research(?:er)?|scientist)\\b", areas: ["research"] },
  {
    pattern:
      "\\b(?:engineering manager|manager(?=, )|head of|vp|vice president|cto|director|team lead|managing)\\b",
    areas: ["management"],
  },
];
