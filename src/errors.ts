/** Machine-readable reasons a posting, option or file was refused. Callers switch on these. */
export type JobtagsErrorCode =
  | "invalid-input"
  | "empty-body"
  | "body-too-large"
  | "invalid-text"
  | "invalid-json"
  | "invalid-options"
  | "invalid-dictionary"
  | "invalid-model"
  | "invalid-template"
  | "read-failed"
  | "unsupported-format";

export interface JobtagsErrorDetails {
  /** The input field at fault, as a dotted path (`body`, `tags.0.hashtag`). */
  field?: string;
  /** The record the error belongs to: its id, a file path, or `line N`. */
  record?: string;
}

/** An error with a stable `code`; the message names the field or record at fault. */
export class JobtagsError extends Error {
  override name = "JobtagsError";
  readonly code: JobtagsErrorCode;
  readonly field: string | undefined;
  readonly record: string | undefined;

  constructor(code: JobtagsErrorCode, message: string, details: JobtagsErrorDetails = {}) {
    super(message);
    this.code = code;
    this.field = details.field;
    this.record = details.record;
  }
}
