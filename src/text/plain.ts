import type { TextBuilder } from "./builder";
import { plainAsciiTable } from "./chars";
import { readEntity } from "./entities";

const PLAIN = plainAsciiTable("&");

/**
 * Feeds plain text to `builder`: each line (`\n`, `\r\n` or `\r`) is a line; list markers,
 * headings and spacing are worked out by the builder. Stray entities with a `;` are decoded.
 */
export function parsePlain(source: string, builder: TextBuilder): void {
  const length = source.length;
  let i = 0;
  while (i < length) {
    const code = source.charCodeAt(i);
    if (PLAIN[code] === 1) {
      i = builder.copyPlainRun(source, i, length, PLAIN);
      continue;
    }
    if (code === 0x0a || code === 0x0d) {
      builder.breakLine();
      i++;
      continue;
    }
    if (code === 0x26) {
      const entity = readEntity(source, i, length, false);
      if (entity) {
        const end = i + entity.length;
        const decoded = entity.decoded;
        for (let k = 0; k < decoded.length; k++) builder.char(decoded.charCodeAt(k), i, end);
        i = end;
        continue;
      }
    }
    builder.char(code, i, i + 1);
    i++;
  }
  builder.breakLine();
}
