import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds dist/ once per run when it is stale; the CLI tests run the built bin.
    globalSetup: ["test/setup/build.ts"],
    testTimeout: 60_000,
  },
});
