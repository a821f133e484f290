import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: false,
    target: "node20",
  },
  {
    entry: { cli: "src/cli/main.ts", worker: "src/cli/worker.ts" },
    format: ["esm"],
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    // zod inside the CLI's own bundle: resolving and loading its hundreds of module files
    // cost ~30 ms of every `jobtags tag` start. The library build keeps it a dependency.
    noExternal: ["zod"],
  },
]);
