import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../core/intents/answer.js";
import { intentSchema, type IntentDefinition } from "../core/intents/definition.js";
import { vocabularySchema } from "../core/language/vocabulary.js";
import { parsePlan, PlanError } from "../core/plan/load.js";
import type { Plan } from "../core/plan/plan.js";
import { successionsFileSchema, type Succession } from "../core/plan/successions.js";

import { ROOT } from "./package-root.js";

export { ROOT };
export const DEFAULT_PLAN_FILE = join(ROOT, "seeds/plan-2023-binh-dinh.json");
export const INTENTS_DIR = join(ROOT, "intents");

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new PlanError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PlanError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

export function loadPlanFile(path: string = DEFAULT_PLAN_FILE): Plan {
  return parsePlan(readJson(path), path);
}

/** Reads intents/*.json (one intent a file, file name = id) and intents/vocabulary/*.json. */
export function loadLanguage(dir: string = INTENTS_DIR): Language {
  const intents: IntentDefinition[] = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const parsed = intentSchema.safeParse(readJson(join(dir, file)));
      if (!parsed.success) throw new PlanError(`${join(dir, file)}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      if (`${parsed.data.id}.json` !== file) throw new PlanError(`${join(dir, file)}: the id "${parsed.data.id}" must match the file name`);
      return parsed.data;
    });
  const vocab = (name: string) => readJson(join(dir, "vocabulary", `${name}.json`));
  const parsed = vocabularySchema.safeParse({
    periods: vocab("periods"),
    cues: vocab("cues"),
    stopwords: vocab("stopwords"),
    english: vocab("english"),
    statuses: vocab("statuses"),
    abbreviations: vocab("abbreviations"),
    numbers: vocab("numbers"),
    agencyWords: vocab("agency-words"),
  });
  if (!parsed.success) throw new PlanError(`intents/vocabulary: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return { vocabulary: parsed.data, intents };
}

export const SUCCESSIONS_FILE = join(ROOT, "seeds/agency-successions.json");

/** The 2025 reorganisation's predecessor → successor agencies, checked with zod. */
export function loadSuccessions(path: string = SUCCESSIONS_FILE): Succession[] {
  const parsed = successionsFileSchema.safeParse(readJson(path));
  if (!parsed.success)
    throw new PlanError(
      `${path}: ${parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join(".")}: ${i.message}`)
        .join("; ")}`,
    );
  return parsed.data.successions;
}
