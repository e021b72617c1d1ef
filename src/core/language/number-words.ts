/** Number words as data (intents/vocabulary/numbers.json). */
export interface NumberWords {
  units: Record<string, number>;
  /** "mười": ten on its own, or ten plus a unit ("mười lăm"). */
  ten: string[];
  /** "mươi": after a unit, its tens ("hai mươi mốt"). */
  tens: string[];
  teens: Record<string, number>;
  /** Words a written-out number may follow ("nhiệm vụ", "chỉ tiêu"). */
  after: string[];
  /** "số", "thứ": a number may follow them too, but a lone unit only after a word of `after`. */
  weakAfter: string[];
  /** Words after a lone unit that make it a word, not a number ("năm nay", "Sở Tư pháp"). */
  notAfterUnit: string[];
}

/** The word lists as sets, and the lead phrases by their last word: built once per vocabulary, not per message. */
interface Prepared {
  ten: Set<string>;
  tens: Set<string>;
  weakAfter: Set<string>;
  notAfterUnit: Set<string>;
  /** The words of each `after` phrase, filed under its last word. */
  leadsEndingIn: Map<string, string[][]>;
}
const prepared = new WeakMap<NumberWords, Prepared>();
function prepare(n: NumberWords): Prepared {
  let p = prepared.get(n);
  if (!p) {
    const leadsEndingIn = new Map<string, string[][]>();
    for (const l of n.after.map((a) => a.split(" "))) leadsEndingIn.set(l[l.length - 1]!, [...(leadsEndingIn.get(l[l.length - 1]!) ?? []), l]);
    p = { ten: new Set(n.ten), tens: new Set(n.tens), weakAfter: new Set(n.weakAfter), notAfterUnit: new Set(n.notAfterUnit), leadsEndingIn };
    prepared.set(n, p);
  }
  return p;
}

/** Reads the number words starting at `i`: [value, words used], or undefined. */
function readNumber(ws: string[], i: number, n: NumberWords, p: Prepared): [number, number] | undefined {
  const unit = (w?: string) => (w === undefined ? undefined : n.units[w]);
  const a = ws[i];
  if (a === undefined) return undefined;
  const teen = n.teens[a];
  if (teen !== undefined) {
    const u = teen % 10 === 0 && teen >= 20 ? unit(ws[i + 1]) : undefined;
    return u !== undefined ? [teen + u, 2] : [teen, 1];
  }
  if (p.ten.has(a)) {
    const u = unit(ws[i + 1]);
    return u !== undefined ? [10 + u, 2] : [10, 1];
  }
  const first = unit(a);
  if (first === undefined) return undefined;
  if (ws[i + 1] !== undefined && p.tens.has(ws[i + 1]!)) {
    const u = unit(ws[i + 2]);
    return u !== undefined ? [first * 10 + u, 3] : [first * 10, 2];
  }
  return [first, 1];
}

/**
 * Writes out-spelled numbers as digits where they follow a word that introduces a number:
 * "nhiem vu muoi ba" → "nhiem vu 13", "so hai muoi mot" → "so 21". Elsewhere words stay words
 * ("năm" is also a year, "ba" a name).
 */
export function digitsForNumberWords(folded: string, n: NumberWords): string {
  const p = prepare(n);
  const isNumberWord = (w: string) => n.units[w] !== undefined || n.teens[w] !== undefined || p.ten.has(w) || p.tens.has(w);
  // "twenty-four": a hyphen between number words joins one number.
  const ws = folded.split(" ").flatMap((w) => (w.includes("-") && w.split("-").every(isNumberWord) ? w.split("-") : [w]));
  // A reply that is only a number ("hai mươi tư" to "Nhiệm vụ nào?").
  const whole = readNumber(ws, 0, n, p);
  if (whole && whole[1] === ws.length && (ws.length > 1 || whole[0] >= 10)) return String(whole[0]);
  const out: string[] = [];
  const endsWithLead = (i: number) => (p.leadsEndingIn.get(ws[i]!) ?? []).some((l) => l.every((w, k) => ws[i - l.length + 1 + k] === w));
  for (let i = 0; i < ws.length; i++) {
    out.push(ws[i]!);
    const strong = endsWithLead(i);
    const weak = p.weakAfter.has(ws[i]!);
    if (!strong && !weak) continue;
    const read = readNumber(ws, i + 1, n, p);
    if (!read) continue;
    const lone = read[1] === 1 && read[0] < 10;
    const next = ws[i + 1 + read[1]];
    // Straight after "nhiệm vụ thứ", a unit is the number whatever follows ("nhiệm vụ thứ hai là gì").
    const afterLeadAndWeak = weak && endsWithLead(i - 1);
    if (lone && (!(strong || afterLeadAndWeak) || (next !== undefined && (/^\d/.test(next) || (!afterLeadAndWeak && p.notAfterUnit.has(next)))))) continue;
    out.push(String(read[0]));
    i += read[1];
  }
  return out.join(" ");
}
