import { trieAlternation } from "./trie";

/**
 * The normalized vocabulary for where a remote worker may live or work:
 * Worldwide, US, Canada, North America, Americas, LATAM, Europe, EU, UK, EMEA, APAC, Asia,
 * Africa, Oceania, and English country names ("Germany", "Poland", ...).
 */
export const REGION_NAMES = [
  "Worldwide",
  "US",
  "Canada",
  "North America",
  "Americas",
  "LATAM",
  "Europe",
  "EU",
  "UK",
  "EMEA",
  "APAC",
  "Asia",
  "Africa",
  "Oceania",
] as const;

const COUNTRIES = [
  "Argentina",
  "Armenia",
  "Australia",
  "Austria",
  "Belarus",
  "Belgium",
  "Brazil",
  "Bulgaria",
  "Chile",
  "China",
  "Colombia",
  "Costa Rica",
  "Croatia",
  "Cyprus",
  "Czech Republic",
  "Denmark",
  "Egypt",
  "Estonia",
  "Finland",
  "France",
  "Germany",
  "Greece",
  "Hungary",
  "India",
  "Indonesia",
  "Ireland",
  "Israel",
  "Italy",
  "Japan",
  "Kenya",
  "Latvia",
  "Lithuania",
  "Luxembourg",
  "Malaysia",
  "Malta",
  "Mexico",
  "Netherlands",
  "New Zealand",
  "Nigeria",
  "Norway",
  "Pakistan",
  "Peru",
  "Philippines",
  "Poland",
  "Portugal",
  "Romania",
  "Russia",
  "Serbia",
  "Singapore",
  "Slovakia",
  "Slovenia",
  "South Africa",
  "South Korea",
  "Spain",
  "Sweden",
  "Switzerland",
  "Taiwan",
  "Thailand",
  "Turkey",
  "Ukraine",
  "Uruguay",
  "Vietnam",
];

/** Other spellings, matched case-insensitively, mapped to the vocabulary. */
const ALIASES: Record<string, string> = {
  worldwide: "Worldwide",
  anywhere: "Worldwide",
  "anywhere in the world": "Worldwide",
  "everywhere in the world": "Worldwide",
  "any country": "Worldwide",
  globally: "Worldwide",
  "united states": "US",
  "united states of america": "US",
  "u.s.": "US",
  "u.s.a.": "US",
  "north america": "North America",
  "north american": "North America",
  americas: "Americas",
  america: "Americas",
  "america's": "Americas",
  "the americas": "Americas",
  "latin america": "LATAM",
  "south america": "LATAM",
  "central america": "LATAM",
  "latin american": "LATAM",
  europe: "Europe",
  european: "Europe",
  "european union": "EU",
  "united kingdom": "UK",
  "great britain": "UK",
  britain: "UK",
  england: "UK",
  scotland: "UK",
  wales: "UK",
  "asia pacific": "APAC",
  "asia-pacific": "APAC",
  asia: "Asia",
  asian: "Asia",
  africa: "Africa",
  african: "Africa",
  oceania: "Oceania",
  canada: "Canada",
  canadian: "Canada",
  "the netherlands": "Netherlands",
  holland: "Netherlands",
  czechia: "Czech Republic",
  deutschland: "Germany",
};
for (const country of COUNTRIES) ALIASES[country.toLowerCase()] = country;

/** Upper-case abbreviations, matched case-sensitively so "us" the pronoun is not the US. */
const ABBREVIATIONS: Record<string, string> = {
  US: "US",
  USA: "US",
  UK: "UK",
  GB: "UK",
  EU: "EU",
  EMEA: "EMEA",
  APAC: "APAC",
  LATAM: "LATAM",
  LatAm: "LATAM",
  AMER: "Americas",
  ANZ: "Oceania",
};

/**
 * The words (runs of regex word characters, lower-cased) of every name and abbreviation: a
 * fragment with any other word cannot be made only of region names.
 */
export const REGION_NAME_WORDS: ReadonlySet<string> = new Set(
  [...Object.keys(ALIASES), ...Object.keys(ABBREVIATIONS)].flatMap((name) =>
    name
      .toLowerCase()
      .split(/\W+/)
      .filter((word) => word !== ""),
  ),
);

/**
 * Names start with a letter, so "no word char or dot before" is a word start not after a dot:
 * `\\b` first lets the expression skip the inside of words before the lookbehind runs.
 */
const NOT_AFTER_WORD_OR_DOT = "\\b(?<!\\.)";
const NAME_RE = new RegExp(
  `${NOT_AFTER_WORD_OR_DOT}${trieAlternation(Object.keys(ALIASES))}(?![\\w])`,
  "gi",
);
const ABBREVIATION_RE = new RegExp(
  `${NOT_AFTER_WORD_OR_DOT}${trieAlternation(Object.keys(ABBREVIATIONS))}(?![a-zA-Z])`,
  "g",
);

/** Every region named in `fragment`, in the vocabulary, in order of first mention. */
export function regionsNamedIn(fragment: string): string[] {
  const regions: string[] = [];
  // The names and the abbreviations, each found in order, merged by offset (a name first on a
  // tie). Neither pattern matches the empty string.
  NAME_RE.lastIndex = 0;
  ABBREVIATION_RE.lastIndex = 0;
  let name = NAME_RE.exec(fragment);
  let abbreviation = ABBREVIATION_RE.exec(fragment);
  while (name !== null || abbreviation !== null) {
    let region: string | undefined;
    if (name !== null && (abbreviation === null || name.index <= abbreviation.index)) {
      region = ALIASES[name[0].toLowerCase()];
      name = NAME_RE.exec(fragment);
    } else if (abbreviation !== null) {
      region = ABBREVIATIONS[abbreviation[0]];
      abbreviation = ABBREVIATION_RE.exec(fragment);
    }
    if (region && !regions.includes(region)) regions.push(region);
  }
  return regions;
}

/** True when every piece of a location ("Remote - EMEA", "Germany / Poland") is a region. */
export function isOnlyRegions(fragment: string): boolean {
  return onlyRegionsIn(fragment) !== null;
}

const SEPARATORS_RE = /^[\s,;/|&()+.-]*(?:(?:or|and|only)[\s,;/|&()+.-]*)*$/i;

/** The regions of a fragment made only of region names and separators, else null. */
export function onlyRegionsIn(fragment: string): string[] | null {
  if (!/[A-Za-z]/.test(fragment)) return null;
  const rest = fragment.replace(NAME_RE, " ").replace(ABBREVIATION_RE, " ");
  return SEPARATORS_RE.test(rest) ? regionsNamedIn(fragment) : null;
}

/**
 * Regions for a span of UTC offsets a posting requires ("UTC-1 to UTC+3" → Europe). Offsets
 * from -10 to -3 are the Americas, -1 to +3 Europe, +5 to +13 Asia-Pacific.
 */
export function regionsForUtcRange(low: number, high: number): string[] {
  const lo = Math.min(low, high);
  const hi = Math.max(low, high);
  const regions: string[] = [];
  if (lo <= -3 && hi >= -10) regions.push(lo >= -8 && hi <= -4 ? "North America" : "Americas");
  if (lo <= 3 && hi >= -1) regions.push("Europe");
  if (hi >= 5 && lo <= 13) regions.push("APAC");
  return regions;
}
