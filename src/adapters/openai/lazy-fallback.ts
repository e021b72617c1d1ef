import type { Config } from "../../config.js";
import type { Fallback } from "../../ports/fallback.js";
import type { fallbackFromConfig } from "./openai-fallback.js";

type Deps = Parameters<typeof fallbackFromConfig>[1];

/** The OpenAI fallback, with the SDK loaded on the first question the rules cannot place (not at start-up). */
export function lazyFallbackFromConfig(config: Config, deps: Deps): Fallback | undefined {
  if (!config.OPENAI_API_KEY) return undefined;
  let loading: Promise<Fallback | undefined> | undefined;
  return {
    async interpret(request) {
      loading ??= import("./openai-fallback.js").then(
        (m) => m.fallbackFromConfig(config, deps),
        (error: unknown) => {
          deps.logger.error({ err: error }, "openai: the SDK could not be loaded; answering without the fallback");
          return undefined;
        },
      );
      const fallback = await loading;
      return fallback ? fallback.interpret(request) : null;
    },
  };
}
