import type { Status } from "../core/state.js";

/** What a language model proposes a message means: the same intent + slots shape the rules produce. */
export interface Interpretation {
  intent: string;
  tasks?: string[];
  targets?: string[];
  /** Agency ids from the plan. */
  agencies?: string[];
  period?: { kind: "quarter"; quarter: 1 | 2 | 3 | 4 } | { kind: "half"; half: 1 | 2 } | { kind: "year" } | { kind: "yearLong" };
  status?: Status;
  percent?: number;
}

export interface FallbackRequest {
  text: string;
  /** Who asks, for per-user rate limits only; never sent to the model. */
  user: string;
  lang: "vi" | "en";
}

/**
 * Asks a model what a message the rules could not place means. It only proposes: the bot validates
 * every id, then runs the same handlers and permission checks as for a rule match. Returns null on
 * timeout, refusal, invalid output, rate limit or any error.
 */
export interface Fallback {
  interpret(request: FallbackRequest): Promise<Interpretation | null>;
}
