import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["test/global-setup.ts"],
    // Child-process and loopback-server tests; the same bounds for `npm test` and a bare `npx vitest run FILE`.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
