/** Output formats of `jobtags tag`. */
export const OUTPUT_FORMATS = ["jsonl", "json", "csv", "md"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}
