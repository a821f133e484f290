import { createRequire } from "node:module";

// `import.meta.url` is empty in a CommonJS bundle, where `__filename` exists instead.
const require = createRequire(typeof __filename === "string" ? __filename : import.meta.url);

/**
 * A CommonJS dependency loaded on first use instead of at start-up. The CLI's cold start pays
 * for gray-matter, yaml and papaparse (tens of milliseconds each) only when a run needs them,
 * e.g. not for JSON Lines in and out.
 */
export function lazyModule<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(id) as T;
    return loaded;
  };
}
