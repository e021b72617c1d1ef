import { z } from "zod";

/** The word lists in intents/vocabulary/, as data the language code is built from. */
export const vocabularySchema = z.object({
  periods: z.object({
    quarterWords: z.array(z.string()),
    numberWords: z.record(z.string(), z.array(z.string())),
    halfFirst: z.array(z.string()),
    halfSecond: z.array(z.string()),
    yearLong: z.array(z.string()),
    wholeYear: z.array(z.string()),
    thisQuarter: z.array(z.string()),
    nextQuarter: z.array(z.string()),
    thisMonth: z.array(z.string()),
    monthWords: z.array(z.string()),
    /** "ba tháng đầu năm" (Quý I), "ba tháng cuối năm" (Quý IV). */
    firstThree: z.array(z.string()).default([]),
    lastThree: z.array(z.string()).default([]),
    countedMonths: z
      .object({ fromStart: z.array(z.string()), toEnd: z.array(z.string()), countWords: z.record(z.string(), z.number().int().min(1).max(12)) })
      .default({ fromStart: [], toEnd: [], countWords: {} }),
    /** Words that turn a month into "everything up to it": "by June", "trước tháng 6". */
    byWords: z.array(z.string()),
    months: z.record(z.string(), z.array(z.string())),
  }),
  cues: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  stopwords: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
  english: z.object({ markers: z.array(z.string()), glossary: z.record(z.string(), z.string()) }),
  /** "tthc" → "thu tuc hanh chinh": what abbreviations stand for, added to plan searches. */
  abbreviations: z.object({ expand: z.record(z.string(), z.string()) }).default({ expand: {} }),
  /** Number words for ids written out ("nhiệm vụ mười ba"). */
  numbers: z
    .object({
      units: z.record(z.string(), z.number()),
      ten: z.array(z.string()),
      tens: z.array(z.string()),
      teens: z.record(z.string(), z.number()),
      after: z.array(z.string()),
      weakAfter: z.array(z.string()),
      notAfterUnit: z.array(z.string()),
      ordinals: z.record(z.string(), z.number()).default({}),
    })
    .default({ units: {}, ten: [], tens: [], teens: {}, after: [], weakAfter: [], notAfterUnit: [], ordinals: {} }),
  agencyWords: z
    .object({ heads: z.record(z.string(), z.string()), unknownHeads: z.array(z.string()), twoWordHeads: z.array(z.string()), notNames: z.array(z.string()), nameEnd: z.array(z.string()) })
    .default({ heads: {}, unknownHeads: [], twoWordHeads: [], notNames: [], nameEnd: [] }),
  statuses: z.object({
    done: z.array(z.string()),
    in_progress: z.array(z.string()),
    blocked: z.array(z.string()),
    not_started: z.array(z.string()),
    /** "chưa hoàn thành", "chưa xong": started, not finished — read before "hoàn thành" and "xong". */
    not_done: z.array(z.string()).default([]),
    /** One-word statuses as spelled with diacritics: a message typed with them must use that spelling. */
    written: z.record(z.string(), z.array(z.string())).default({}),
    /** Last words that make a sentence a question ("xong chưa", "được không"). */
    question_end: z.array(z.string()),
  }),
});
export type Vocabulary = z.infer<typeof vocabularySchema>;

/** Cue groups without the description entry. */
export function cueGroups(vocabulary: Vocabulary): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(vocabulary.cues)) if (Array.isArray(list)) out[name] = list;
  return out;
}
