export { detectFormat } from "./detect";
export {
  DEFAULT_MAX_BYTES,
  type NormalizeOptions,
  normalizeBody,
  toOriginalSpan,
} from "./normalize";
export { classifyHeading, sectionAt } from "./sections";
export { type SentenceSpan, splitSentences } from "./sentences";
export type { NormalizedText, OriginalSpan, TextLine } from "./types";
