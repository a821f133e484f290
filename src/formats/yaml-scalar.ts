import type * as Yaml from "yaml";
import { lazyModule } from "../read/lazy-module";

const yaml = lazyModule<typeof Yaml>("yaml");

const STRING_OPTIONS = {
  defaultStringType: "QUOTE_DOUBLE",
  lineWidth: 0,
  minContentWidth: 0,
} as const;
const FLOW_OPTIONS = { ...STRING_OPTIONS, collectionStyle: "flow" } as const;

/**
 * NEL, LS and PS are line breaks to YAML 1.1 parsers (js-yaml, used by gray-matter), which
 * would fold them into spaces inside a quoted scalar; their escapes read the same everywhere.
 */
const YAML11_BREAKS = /[\u0085\u2028\u2029]/g;
const BREAK_ESCAPES: Readonly<Record<string, string>> = {
  "\u0085": "\\N",
  "\u2028": "\\L",
  "\u2029": "\\P",
};

/**
 * A value as one line of YAML: strings double-quoted the way the board writes them (quotes,
 * backslashes, colons, newlines and control characters escaped by the `yaml` package), numbers
 * and booleans plain, dates as quoted ISO strings, arrays and objects in flow style.
 */
export function yamlScalar(value: unknown): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : `"${value}"`;
  if (typeof value === "boolean" || value === null) return String(value);
  const text =
    typeof value === "string"
      ? quotedString(value)
      : value instanceof Date
        ? quotedString(value.toISOString())
        : yaml().stringify(value, FLOW_OPTIONS).replace(/\n$/, "");
  return text.replace(YAML11_BREAKS, (character) => BREAK_ESCAPES[character] ?? character);
}

/**
 * A string double-quoted by the `yaml` package. It starts from the string's JSON and only
 * rewrites JSON escapes (and folds lines, which `lineWidth: 0` turns off), so a string whose
 * JSON has no backslash comes out as that JSON: most values, without building a document.
 */
function quotedString(value: string): string {
  const json = JSON.stringify(value);
  return json.includes("\\") ? yaml().stringify(value, STRING_OPTIONS).replace(/\n$/, "") : json;
}
