import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["test/global-setup.ts"],
    // Child-process and loopback-server tests on a busy shared 2-core machine: a bound for a hang, not a timing
    // assertion; the same for `npm test` and a bare `npx vitest run FILE`.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
