import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["test/global-setup.ts"],
    // Child-process and loopback-server tests on a busy shared 2-core machine: a bound for a hang, not a timing
    // assertion; the same for `npm test` and a bare `npx vitest run FILE`.
    testTimeout: 60_000,
    // Test files in one worker share loaded modules (the plan, the trained intent model, Bolt, the SDKs): importing
    // them afresh for each of ~100 files was ~45 s of a ~190 s run, and half its CPU. Every test builds its own bot,
    // store, servers and clients and closes them; a file run in any order passes (`--sequence.shuffle.files`).
    isolate: false,
    hookTimeout: 60_000,
  },
});
