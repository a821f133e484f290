/** A command line that cannot be run as given; the CLI prints it and exits with code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Errors thrown by `node:util` parseArgs for unknown or malformed options. */
export function isParseArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}

/** A whole number within bounds, from an option value. */
export function parseInteger(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value.trim()))
    throw new UsageError(`--${name} expects a whole number, got "${value}"`);
  const number = Number(value);
  if (number < min || number > max)
    throw new UsageError(`--${name} must be between ${min} and ${max}, got ${number}`);
  return number;
}
