/** Task and target numbers as people type them: "nhiệm vụ 13", "nv13", "#13", "task 13", "10.2", "chỉ tiêu 7.5". */
export interface IdMentions {
  tasks: string[];
  targets: string[];
  /** Bare dotted numbers ("10.2") not preceded by a keyword; the caller decides task or target. */
  bare: string[];
}

const TASK_WORDS = "nhiem vu|nv|task|tasks|item|viec|cong viec|stt";
const TARGET_WORDS = "chi tieu|target|targets|kpi|ct";
// A sub-row's letter as some plans number them: "14a", "nhiệm vụ 14 a", "14.a".
const NUMBER = "(\\d{1,3}(?:\\.\\d{1,2}|\\s?\\.?\\s?[a-h](?![a-z0-9]))?)";
// Numbers chained after the first: "nhiệm vụ 11 và 12", "nv 11, 12", "tasks 4 and 5".
const CHAIN = `((?:\\s*(?:,|va|and|hoac|or|\\s)\\s*(?:so\\s)?#?\\d{1,3}(?!\\d)(?:\\.\\d{1,2}|[a-h](?![a-z]))?(?!\\d|\\s*(?:%|/|thang|nam)))*)`;

// "nv13", "nv 13", "NV-13", "nv.13", "nv: 13", "nv số 13", "task #13"
const taskRe = new RegExp(`(?:^|\\s)(?:${TASK_WORDS})\\s?[-.:]?\\s?(?:so\\s|thu\\s|number\\s|no\\s|#)?${NUMBER}(?!\\s*(?:%|/))${CHAIN}`, "g");
const targetRe = new RegExp(`(?:^|\\s)(?:${TARGET_WORDS})\\s?[-.:]?\\s?(?:so\\s|thu\\s|number\\s|no\\s|#)?${NUMBER}(?!\\s*(?:%|/|-))${CHAIN}`, "g");
const hashRe = /(?:^|\s)#(\d{1,3}(?:\.\d{1,2}|[a-h])?)(?=\s|$|[?,!])/g;
const bareRe = /(?:^|\s)(\d{1,2}(?:\.\d{1,2}|[a-e]))(?=\s|$|[?,!])/g;
// "số 21", "thứ 15" opening a message: a number with no keyword, task or target by context.
const leadRe = /^(?:so|thu)\s(\d{1,3}(?:\.\d{1,2})?)(?=\s|$|[?,!])(?!\s*(?:%|\/))/;

function collect(re: RegExp, folded: string, into: Set<string>): void {
  for (const match of folded.matchAll(re)) {
    into.add(trimId(match[1]!));
    for (const more of (match[2] ?? "").matchAll(/\d{1,3}(?:\.\d{1,2}|[a-h](?![a-z]))?/g)) into.add(trimId(more[0]));
  }
}

// "nhiệm vụ số 04" is task 4: officials pad numbers with a zero.
const trimId = (id: string) =>
  id
    .replace(/\.$/, "")
    .replace(/^0+(?=\d)/, "")
    .replace(/\s?\.?\s?([a-h])$/, "$1");

export function readIds(folded: string): IdMentions {
  const tasks = new Set<string>();
  const targets = new Set<string>();
  collect(taskRe, folded, tasks);
  collect(targetRe, folded, targets);
  for (const m of folded.matchAll(hashRe)) tasks.add(m[1]!);
  const bare = new Set<string>();
  for (const m of folded.matchAll(bareRe)) if (!tasks.has(m[1]!) && !targets.has(m[1]!)) bare.add(m[1]!);
  const lead = leadRe.exec(folded)?.[1];
  if (lead && !tasks.size && !targets.size) bare.add(trimId(lead));
  return { tasks: [...tasks], targets: [...targets], bare: [...bare] };
}
