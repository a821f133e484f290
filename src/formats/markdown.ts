import type { TagResult } from "../schema/result";
import { FIELD_ORDER, generatedFields } from "./board-fields";
import { yamlScalar } from "./yaml-scalar";

/**
 * A board posting file: front matter in the board's field order (input fields such as title,
 * host or timestamp as given, generated fields from the result; fields without a value are
 * left out) and the body untouched after it. Ends with a line break.
 */
export function boardMarkdown(
  fields: Readonly<Record<string, unknown>>,
  result: TagResult,
  body: string,
): string {
  const values = new Map<string, unknown>();
  for (const key of FIELD_ORDER) {
    const value = fields[key];
    if (value !== undefined && value !== null) values.set(key, value);
  }
  for (const [key, value] of generatedFields(result)) {
    if (value === null) values.delete(key);
    else values.set(key, value);
  }
  let text = "---\n";
  for (const key of FIELD_ORDER) {
    if (values.has(key)) text += `${key}: ${yamlScalar(values.get(key))}\n`;
  }
  text += "---\n";
  text += body;
  return body.endsWith("\n") ? text : `${text}\n`;
}
