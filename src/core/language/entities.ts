import type { Lang } from "../message.js";
import { readStatus } from "../progress/parse-report.js";
import type { Status } from "../state.js";
import type { AskedPeriod } from "../plan/periods.js";
import type { Plan } from "../plan/plan.js";
import { createAgencyMatcher } from "./agencies.js";
import { appendixGroupOf, appendixNames, createAreaReader } from "./areas.js";
import { readIds } from "./ids.js";
import { digitsForNumberWords } from "./number-words.js";
import { asTyped, fold, hasVietnameseMarks, phraseKey, phraseSet, words } from "./normalise.js";
import { createPeriodReader } from "./periods.js";
import { createPassageSearch, type PassageHit } from "./passage-search.js";
import { expansionsIn, stripPhrases } from "./phrases.js";
import { createPlanSearch, type SearchHit } from "./search.js";
import { createSectionReader } from "./sections.js";
import { cueGroups, type Vocabulary } from "./vocabulary.js";

/** What a message mentions, read once and shared by the classifier and the handlers. */
export interface Entities {
  text: string;
  folded: string;
  lang: Lang;
  tasks: string[];
  missingTasks: string[];
  targets: string[];
  missingTargets: string[];
  period?: AskedPeriod;
  agencies: string[];
  /** With two agencies and both role words ("A chủ trì, B phối hợp"): which role word comes first. */
  roleFirst?: "lead" | "cooperate";
  /** The words that named those agencies in the message ("cap xa", "so tt va tt"), folded. */
  agencySpans: string[];
  unknownAgency?: { span: string; suggestions: string[] };
  groups: string[];
  /** Share of the question's words taken by the area name it mentions (1 = the question is just the name). */
  groupCover: number;
  /** Words in the longest area name the question mentions ("cải cách tổ chức bộ máy" = 6). */
  groupWords: number;
  /** Groups of Phụ lục 1 ("chỉ tiêu về cải cách thủ tục hành chính"). */
  targetGroups: string[];
  cues: Set<string>;
  taskHits: SearchHit[];
  targetHits: SearchHit[];
  /** A progress status the message states ("đã hoàn thành", "đang làm"). */
  status?: Status;
  /** The message asks rather than tells ("xong chưa?", "bao nhiêu"). */
  question: boolean;
  /** A document number or percentage, as reports carry. */
  evidence: boolean;
  /** Platform user ids written in the message ("slack:U123"), for roster commands. */
  userRefs: string[];
  /** Passages of the plan's body that match the question's words. */
  passageHits: PassageHit[];
  /** A place in the body the message writes out ("mục V.2"), whether or not the plan has it. */
  sectionRef?: string;
  /** Headings of the body the message names by their words ("kinh phí" → "IV"). */
  sections: string[];
  /** The question's words that carry meaning: folded, without the stopwords of intents/vocabulary/stopwords.json. */
  contentWords: string[];
  /** An English question's words in Vietnamese (intents/vocabulary/english.json), for searching and quoting. */
  translation?: string;
}

export interface EntityReader {
  read(text: string, nowMonth: number): Entities;
}

export function createEntityReader(plan: Plan, vocabulary: Vocabulary): EntityReader {
  const periods = createPeriodReader(vocabulary.periods);
  const planText = fold([...plan.tasks.flatMap((x) => [x.title, x.deliverable]), ...plan.targets.flatMap((x) => [x.title, ...x.values.map((v) => v.label ?? "")])].join(" "));
  const agencies = createAgencyMatcher(plan.data.agencies, planText, vocabulary.agencyWords, plan.passages.map((p) => p.text).join("\n"));
  const search = createPlanSearch(plan, [...vocabulary.stopwords.vi, ...vocabulary.stopwords.en], new Set(Object.keys(vocabulary.abbreviations.expand)));
  const passageSearch = createPassageSearch(plan.passages, [...vocabulary.stopwords.vi, ...vocabulary.stopwords.en]);
  const sectionReader = createSectionReader(plan.sections);
  const key = (p: string) => phraseKey(fold(p));
  const firstAt = (folded: string, name: string) => {
    const list = cueGroups(vocabulary)[name] ?? [];
    const at = list.map((p) => ` ${folded} `.indexOf(` ${key(p)} `)).filter((i) => i >= 0);
    return at.length ? Math.min(...at) : -1;
  };
  const roleFirst = (folded: string): "lead" | "cooperate" | undefined => {
    const [lead, coop] = [firstAt(folded, "lead"), firstAt(folded, "cooperate")];
    return lead < 0 || coop < 0 ? undefined : lead < coop ? "lead" : "cooperate";
  };
  const cues = Object.entries(cueGroups(vocabulary)).map(([name, list]) => ({ name, list: list.map(key).filter(Boolean) }));
  // "phải làm gì", "kế hoạch nói gì về": words of the asking, not of the topic searched for.
  // Words that frame a question ("các nhiệm vụ liên quan đến", "là gì") are not what it is about.
  const framing = cues
    .filter((c) => c.name === "many" || c.name === "question_words")
    .flatMap((c) => c.list)
    .sort((a, b) => b.length - a.length);
  const abbreviations = Object.entries(vocabulary.abbreviations.expand).map(([short, long]) => [phraseKey(short), long] as const);
  // Each cue phrase with the cues it belongs to: a question's word runs are looked up once each,
  // instead of every cue's list being tried against them.
  const cuesOfPhrase = new Map<string, number[]>();
  cues.forEach((c, i) => {
    for (const p of c.list) {
      const of = cuesOfPhrase.get(p) ?? [];
      if (!of.includes(i)) of.push(i);
      cuesOfPhrase.set(p, of);
    }
  });
  /** The cues with a phrase among `grams`, in the vocabulary's order. */
  const cuesIn = (grams: ReadonlySet<string>): Set<string> => {
    const on = new Uint8Array(cues.length);
    for (const g of grams) for (const i of cuesOfPhrase.get(g) ?? []) on[i] = 1;
    return new Set(cues.filter((_, i) => on[i]).map((c) => c.name));
  };
  // "Nhiệm vụ nào có sản phẩm là …": the words that ask for a product, not the product searched for.
  const productWords = cues
    .filter((c) => c.name === "product_question")
    .flatMap((c) => c.list)
    .sort((a, b) => b.length - a.length);
  const askingWords = cues
    .filter((c) => c.name === "duty" || c.name === "plan_search")
    .flatMap((c) => c.list)
    .sort((a, b) => b.length - a.length);
  const markers = new Set([...vocabulary.english.markers, ...vocabulary.stopwords.en]);
  const stopwords = new Set([...vocabulary.stopwords.vi, ...vocabulary.stopwords.en]);
  const vietnameseOnly = new Set(vocabulary.stopwords.vi.filter((w) => !markers.has(w)));
  const aloneEnglish = new Set(vocabulary.english.alone.map((w) => fold(w)));
  const questionEnd = new Set(vocabulary.statuses.question_end);
  const questionWords = (cueGroups(vocabulary).question_words ?? []).map(key);
  const glossary = Object.entries(vocabulary.english.glossary).map(([en, vi]) => [phraseKey(fold(en)), vi] as const);
  const numberWords = { ...vocabulary.numbers.units, ...vocabulary.numbers.ordinals };
  const areas = createAreaReader(plan, numberWords);
  const appendix = appendixNames(plan.tasks[0]?.source?.part);

  // A one-word status ("dang": đang) that, with the next word, is a term of the plan's rows ("dang ky":
  // đăng ký đất đai) is that term, not a report: masked before the status is read.
  const statusWords = new Set(
    Object.values(vocabulary.statuses)
      .filter(Array.isArray)
      .flat()
      .map((w) => fold(String(w)))
      .filter((w) => w && !w.includes(" ")),
  );
  const termPairs = new Set<string>();
  const planWords = planText.split(/[^a-z0-9]+/).filter(Boolean);
  for (let i = 0; i + 1 < planWords.length; i++) if (statusWords.has(planWords[i]!)) termPairs.add(`${planWords[i]} ${planWords[i + 1]}`);
  const planTerms = (folded: string) => {
    if (!termPairs.size) return folded;
    const ws = folded.split(" ");
    return ws.map((w, i) => (termPairs.has(`${w} ${ws[i + 1]}`) ? "_" : w)).join(" ");
  };

  return {
    read(text, nowMonth) {
      const folded = digitsForNumberWords(fold(text), vocabulary.numbers);
      const own = phraseSet(folded);
      // What its abbreviations stand for ("cqdt" → "chinh quyen dien tu"), appended to the text read for cues and searched.
      const abbreviated = expansionsIn(own, abbreviations);
      const grams = abbreviated.length ? phraseSet([folded, ...abbreviated].join(" ")) : own;
      const ws = words(folded);
      const englishWords = ws.filter((w) => markers.has(w)).length;
      // Unaccented Vietnamese has its own function words ("the nao", "co", "gi"): English only when its words
      // outnumber them. One word ("help", "ok") says nothing about the language: Vietnamese first.
      const vietnameseWords = ws.filter((w) => vietnameseOnly.has(w)).length;
      const oneEnglishWord = ws.length === 1 && aloneEnglish.has(ws[0]!);
      const lang: Lang = !hasVietnameseMarks(text) && (oneEnglishWord || (ws.length > 1 && englishWords > vietnameseWords && englishWords >= ws.length / 4)) ? "en" : "vi";
      const ids = readIds(folded);
      // Cue words as typed: with diacritics, «đất» is not the cue «đạt».
      const typed = asTyped(folded, text, vocabulary.statuses.written);
      // "%" is said "phần trăm": "đạt mấy %" asks a share as "đạt mấy phần trăm" does.
      const spoken = typed.includes("%") ? typed.replace(/%/g, " phan tram") : typed;
      const cueSet = cuesIn(spoken === folded ? grams : phraseSet([spoken, ...abbreviated].join(" ")));
      const targetWords = cueSet.has("target_word");
      const taskIds = [...ids.tasks, ...(targetWords ? [] : ids.bare)];
      const targetIds = [...ids.targets, ...(targetWords ? ids.bare : [])];
      const agencyMatch = agencies.match(folded, text);
      const translation = lang === "en" ? expansionsIn(own, glossary).join(" ") || undefined : undefined;
      const last = ws[ws.length - 1] ?? "";
      const question = text.trim().endsWith("?") || questionEnd.has(last) || questionWords.some((p) => grams.has(p)) || /^(what|which|who|when|how|is|are|did|has|have|does)\b/.test(folded);
      const agencyWords = new Set(agencyMatch.spans.flatMap((p) => p.split(" ")));
      // A message that names its task or target by number needs no search to be understood.
      // "Nhiệm vụ nào có sản phẩm là …" names a row by what it produces.
      const product = /(?:san pham la|deliverable is|produces)\s(?!gi\b|what\b|the what)\S+\s\S+/.test(folded);
      // "Có nhiệm vụ nào … không?": the last word asks; it is not what the question is about.
      const asked = questionEnd.has(last) && ws.length > 2 ? folded.slice(0, folded.lastIndexOf(last)).trim() : folded;
      const searchable = [stripPhrases(asked, framing), ...abbreviated].join(" ");
      const query = product ? stripPhrases(searchable, productWords) : searchable;
      const hits = ids.tasks.length || ids.targets.length ? [] : search.search(query, agencyWords, translation, product);
      const area = areas(folded, grams, ws.length, targetIds);
      // An area of Phụ lục 2 named by numeral ("Phần VI của Phụ lục 2") is not a part of the plan's body.
      const mention = appendixGroupOf(folded, area.groups, appendix, numberWords) ? { ref: undefined, sections: [] } : sectionReader.read(text, folded);
      return {
        text,
        folded,
        lang,
        tasks: unique(taskIds.map((id) => rowOf(plan.task, id, ids.tasks)).filter((id): id is string => id !== undefined)),
        missingTasks: taskIds.filter((id) => !rowOf(plan.task, id, ids.tasks)),
        targets: unique(targetIds.map((id) => rowOf(plan.target, id, ids.targets)).filter((id): id is string => id !== undefined)),
        missingTargets: targetIds.filter((id) => !rowOf(plan.target, id, ids.targets) && !plan.data.targetGroups.some((g) => g.id === id)),
        period: periods.read(folded, nowMonth, lang === "en"),
        agencies: agencyMatch.ids,
        agencySpans: agencyMatch.spans,
        roleFirst: agencyMatch.ids.length === 2 ? roleFirst(folded) : undefined,
        unknownAgency: agencyMatch.unknown,
        groups: area.groups,
        groupCover: area.cover,
        groupWords: area.words,
        targetGroups: area.targetGroups,
        cues: cueSet,
        taskHits: hits.filter((h) => h.kind === "task"),
        targetHits: hits.filter((h) => h.kind === "target"),
        status: readStatus(planTerms(typed), vocabulary.statuses),
        question,
        evidence: /\d{1,5}\/[a-z]|\d\s?%/i.test(text),
        userRefs: [...text.matchAll(/\b((?:slack|zalo|console):[A-Za-z0-9._-]+)/g)].map((m) => m[1]!),
        translation,
        contentWords: ws.filter((w) => !stopwords.has(w)),
        sectionRef: mention.ref,
        sections: mention.sections,
        // The body search is the costliest step and most questions never need it: run it on first use.
        get passageHits() {
          const value = passageSearch.search(stripPhrases(folded, askingWords), agencyWords, translation);
          Object.defineProperty(this, "passageHits", { value, enumerable: true });
          return value;
        },
      };
    },
  };
}

/** The plan's own id for a row asked by number ("14.1" for a plan's "14a"); "nv 11 a" on a plan without 11a is 11 (only after a keyword). */
function rowOf(find: (id: string) => { id: string } | undefined, id: string, named: string[]): string | undefined {
  return find(id)?.id ?? (/^\d+[a-h]$/.test(id) && named.includes(id) ? find(id.slice(0, -1))?.id : undefined);
}

const unique = (ids: string[]) => [...new Set(ids)];
