import { isRegExpSpace } from "../text/chars";

/**
 * Choosing "a" or "an" by how the next word sounds, not how it is spelled: "an SRE", "a UX
 * designer", "an hour", "a user", "an 8-year", "a one-off".
 */

/** Letters whose spoken name starts with a vowel sound: "an F", "an H", "an S", "an X". */
const VOWEL_SOUND_LETTERS = new Set("aefhilmnorsx");

/** Spelled with a vowel but spoken with a consonant: "a user", "a European", "a one-off". */
const CONSONANT_SOUND_START =
  /^(?:u(?!ber)(?:n(?:i(?!n|mp|de))|[bcfgjklmprstvz][aeiouy]|s[aeiou]|ku)|eu|ewe|one(?![a-z])|once|ouija|uvu)/;

/** Spelled with a consonant but spoken with a vowel: the silent "h" of "an hour". */
const VOWEL_SOUND_START = /^(?:hour|honest|honou?r|heir|herb(?!al|ert))/;

/** Upper-case words short enough to be spelled out but said as words ("a LATAM role"). */
const SPOKEN_AS_WORD = new Set(["latam", "nasa", "saas", "paas", "iaas", "scrum", "json", "yaml"]);

/** Upper-case words said letter by letter even though they look pronounceable. */
const SPELLED_OUT = new Set(["uuid", "ux", "ui", "uat", "usb", "uk", "us", "usa", "un", "eu"]);

/** Consonant pairs that can start an English word; any other pair marks a spelled-out acronym. */
const WORD_ONSETS = new Set(
  "bl br ch cl cr dr fl fr gl gn gr kn ph pl pr ps qu sc sh sk sl sm sn sp st sw th tr tw wh wr".split(
    " ",
  ),
);

/** The article for `phrase` ("a" or "an"), judged by the sound of its first word. */
export function indefiniteArticle(phrase: string): "a" | "an" {
  const word = firstWord(phrase);
  if (word === "") return "a";
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return numberArticle(word);
  if (word.startsWith(".")) return "a"; // ".NET" is said "dot net"
  return startsWithVowelSound(word) ? "an" : "a";
}

function firstWord(phrase: string): string {
  let start = 0;
  while (start < phrase.length && opensBeforeWord(phrase.charCodeAt(start))) start++;
  let end = start;
  while (end < phrase.length && !endsWord(phrase.charCodeAt(end))) end++;
  return phrase.slice(start, end);
}

/** `[\s"'“‘(#[*_]`: what may stand before the first word. */
function opensBeforeWord(c: number): boolean {
  return (
    isRegExpSpace(c) ||
    c === 34 ||
    c === 39 ||
    c === 0x201c ||
    c === 0x2018 ||
    c === 40 ||
    c === 35 ||
    c === 91 ||
    c === 42 ||
    c === 95
  );
}

/** `[\s/,;:)]`: what ends the first word. */
function endsWord(c: number): boolean {
  return isRegExpSpace(c) || c === 47 || c === 44 || c === 59 || c === 58 || c === 41;
}

/** "an 8", "an 11", "an 18,000", "an 80%" but "a 1", "a 100", "a 1,100". */
function numberArticle(word: string): "a" | "an" {
  const digits = /^[\d,]+/.exec(word)?.[0] ?? "";
  if (digits.startsWith("8")) return "an";
  const groups = digits.split(",");
  let leading = groups[0] ?? "";
  if (groups.length === 1 && digits.length > 3) {
    // "18000" is read in thousands, like "18,000"
    leading = digits.slice(0, digits.length % 3 === 0 ? 3 : digits.length % 3);
  }
  return leading === "11" || leading === "18" ? "an" : "a";
}

function startsWithVowelSound(word: string): boolean {
  // "e-commerce", "x-ray": a lone letter before a hyphen is said as its name.
  const hyphen = word.indexOf("-");
  const head = hyphen > 0 ? word.slice(0, hyphen) : word;
  // "R", "F#", "C++": a lone letter is said as its name.
  const headLetters = asciiLetters(head);
  if (headLetters.length === 1) return VOWEL_SOUND_LETTERS.has(headLetters.toLowerCase());
  if (isSpelledOut(headLetters)) return VOWEL_SOUND_LETTERS.has(head.charAt(0).toLowerCase());
  const lower = word.toLowerCase();
  // By the first letter, as the patterns would decide: only "h" words may have a silent "h",
  // only "u", "e" and "o" words may sound like a consonant.
  switch (lower.charCodeAt(0)) {
    case 104: // h
      return VOWEL_SOUND_START.test(lower);
    case 101: // e
    case 111: // o
    case 117: // u
      return !CONSONANT_SOUND_START.test(lower);
    case 97: // a
    case 105: // i
      return true;
    default:
      return false;
  }
}

/** `word` without what is not an ASCII letter: "C++" → "C"; most words come back as they are. */
function asciiLetters(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return word.replace(/[^A-Za-z]/g, "");
  }
  return word;
}

function isUpper(c: string): boolean {
  return c >= "A" && c <= "Z";
}

/**
 * True when a word, given by its ASCII letters, is read letter by letter: "SRE", "HR", "iOS",
 * "MLOps", "SDET", "FAQ".
 */
function isSpelledOut(letters: string): boolean {
  if (letters.length < 2) return false;
  const lower = letters.toLowerCase();
  if (SPOKEN_AS_WORD.has(lower)) return false;
  if (SPELLED_OUT.has(lower)) return true;
  const c0 = letters.charAt(0);
  const c1 = letters.charAt(1);
  // "iOS", "iPhone", "eBay": a lower-case letter before a capital is its own syllable.
  if (!isUpper(c0) && isUpper(c1)) return true;
  if (!isUpper(c0)) return false;
  // "MLOps", "HRIS", "QAs": two leading capitals.
  if (!isUpper(c1)) return false;
  const upperRun = /^[A-Z]+/.exec(letters)?.[0] ?? "";
  if (upperRun.length <= 3) return true;
  if (!/[AEIOUY]/.test(upperRun)) return true;
  const vowelFirst = /^[AEIOU]/.test(upperRun);
  const pair = upperRun.slice(0, 2).toLowerCase();
  return !vowelFirst && !/[aeiouy]/.test(pair) && !WORD_ONSETS.has(pair);
}
