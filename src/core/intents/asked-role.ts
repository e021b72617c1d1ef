/** Which part an agency plays in the rows a question asks for: "chỉ phối hợp", "chủ trì", or either. */
export type AskedRole = "lead" | "cooperating" | "any";

export function askedRole(cues: ReadonlySet<string>): AskedRole {
  if (cues.has("both_roles")) return "any";
  if (cues.has("coop_only") || (cues.has("cooperate") && !cues.has("lead"))) return "cooperating";
  if (cues.has("lead") && !cues.has("cooperate")) return "lead";
  return "any";
}
