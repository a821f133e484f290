/**
 * Header names accepted for each posting field, compared without case, spaces, `-` and `_`.
 * Other columns are kept under their own names (writers may use them, e.g. `timestamp`).
 */
const COLUMN_ALIASES: Readonly<Record<string, string>> = {
  id: "id",
  title: "title",
  jobtitle: "title",
  company: "companyName",
  companyname: "companyName",
  body: "body",
  description: "body",
  location: "location",
  url: "url",
  format: "format",
};

function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_\-\uFEFF]+/g, "");
}

/** Maps CSV header names to posting field names (`Company Name` -> `companyName`). */
export function csvFieldName(header: string): string {
  return COLUMN_ALIASES[normalizeHeader(header)] ?? header.replace(/^\uFEFF/, "").trim();
}

/** A CSV row (header -> cell) as a posting object; empty optional cells are left out. */
export function csvRowToPosting(row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const posting: Record<string, unknown> = {};
  for (const [header, cell] of Object.entries(row)) {
    // papaparse puts the cells of a row longer than the header under this key.
    if (header === "__parsed_extra") continue;
    const name = csvFieldName(header);
    if (cell === "" && name !== "title" && name !== "body") continue;
    posting[name] = cell;
  }
  return posting;
}
