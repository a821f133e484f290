/** Progress of a run, shown on stderr while it lasts. */
export interface Progress {
  /** Bytes of input read so far (drives the percentage and ETA). */
  addBytes(bytes: number): void;
  /** Records finished so far. */
  addRecords(records: number): void;
  stop(): void;
}

const SILENT: Progress = { addBytes() {}, addRecords() {}, stop() {} };

/**
 * A progress bar (records, records/s, ETA) when `stream` is a terminal, else nothing.
 * The ETA follows bytes read against `totalBytes`; without a total (stdin) only counts show.
 */
export async function createProgress(
  stream: NodeJS.WriteStream,
  enabled: boolean,
  totalBytes: number | undefined,
): Promise<Progress> {
  if (!enabled || !stream.isTTY) return SILENT;
  // Loaded only for terminals: pipelines and tests never pay for it.
  const { default: cliProgress } = await import("cli-progress");
  const known = totalBytes !== undefined && totalBytes > 0;
  const bar = new cliProgress.SingleBar(
    {
      format: known
        ? "{bar} {percentage}% | {records} records | {speed} records/s | ETA {eta_formatted}"
        : "{records} records | {speed} records/s",
      stream,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let bytes = 0;
  let records = 0;
  const payload = () => ({
    records,
    speed: Math.round(records / Math.max((performance.now() - started) / 1000, 0.001)),
  });
  bar.start(known ? totalBytes : 1, 0, payload());
  return {
    addBytes(count) {
      bytes += count;
    },
    addRecords(count) {
      records += count;
      bar.update(known ? Math.min(bytes, totalBytes) : 0, payload());
    },
    stop() {
      bar.stop();
    },
  };
}
