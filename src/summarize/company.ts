/**
 * The company name as a sentence should show it. Names are kept as the company writes them
 * ("komoot", "Magic Leap, Inc."); only wrapping that applicant-tracking systems add around the
 * name is removed: "Current Job Openings at Netlify" and "FRISS | fraud, risk & compliance".
 */

const ATS_PREFIX = /^(?:current\s+)?(?:job\s+)?(?:openings|jobs|careers|vacancies)\s+at\s+/i;
const TAGLINE = /\s+\|\s+.*$/;

/** The name to print, or undefined when there is none. */
export function companyDisplayName(companyName: string | undefined): string | undefined {
  if (companyName === undefined) return undefined;
  let name = companyName.replace(ATS_PREFIX, "");
  if (name.includes("|")) name = name.replace(TAGLINE, "");
  // Most names are spaced already; collapsing and trimming would leave them as they are.
  if (UNEVEN_SPACING.test(name)) name = name.replace(/\s+/g, " ").trim();
  return name === "" ? undefined : name;
}

/** What collapsing spaces and trimming would change: other spaces, two in a row, one at an end. */
const UNEVEN_SPACING = /[^\S ]| {2}|^ | $/;

const LEGAL_SUFFIX =
  /(?:[,\s]+(?:inc|llc|ltd|limited|gmbh|ag|s\.?a|b\.?v|co|corp|corporation|plc|oy|ab|sas|sarl|pty|srl|kg|& co))+\.?$/i;

/** The name without its legal form ("Magic Leap, Inc." → "Magic Leap"), for finding it in titles. */
export function companyCoreName(name: string): string {
  const core = name.replace(LEGAL_SUFFIX, "").trim();
  return core === "" ? name : core;
}
