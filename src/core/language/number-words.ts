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

/** Reads the number words starting at `i`: [value, words used], or undefined. */
function readNumber(ws: string[], i: number, n: NumberWords): [number, number] | undefined {
  const unit = (w?: string) => (w === undefined ? undefined : n.units[w]);
  const a = ws[i];
  if (a === undefined) return undefined;
  const teen = n.teens[a];
  if (teen !== undefined) {
    const u = teen % 10 === 0 && teen >= 20 ? unit(ws[i + 1]) : undefined;
    return u !== undefined ? [teen + u, 2] : [teen, 1];
  }
  if (n.ten.includes(a)) {
    const u = unit(ws[i + 1]);
    return u !== undefined ? [10 + u, 2] : [10, 1];
  }
  const first = unit(a);
  if (first === undefined) return undefined;
  if (ws[i + 1] !== undefined && n.tens.includes(ws[i + 1]!)) {
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
  const isNumberWord = (w: string) => n.units[w] !== undefined || n.teens[w] !== undefined || n.ten.includes(w) || n.tens.includes(w);
  // "twenty-four": a hyphen between number words joins one number.
  const ws = folded.split(" ").flatMap((w) => (w.includes("-") && w.split("-").every(isNumberWord) ? w.split("-") : [w]));
  // A reply that is only a number ("hai mươi tư" to "Nhiệm vụ nào?").
  const whole = readNumber(ws, 0, n);
  if (whole && whole[1] === ws.length && (ws.length > 1 || whole[0] >= 10)) return String(whole[0]);
  const out: string[] = [];
  const lead = n.after.map((a) => a.split(" "));
  const endsWithLead = (i: number) => lead.some((l) => l.every((w, k) => ws[i - l.length + 1 + k] === w));
  for (let i = 0; i < ws.length; i++) {
    out.push(ws[i]!);
    const strong = endsWithLead(i);
    const weak = n.weakAfter.includes(ws[i]!);
    if (!strong && !weak) continue;
    const read = readNumber(ws, i + 1, n);
    if (!read) continue;
    const lone = read[1] === 1 && read[0] < 10;
    const next = ws[i + 1 + read[1]];
    // Straight after "nhiệm vụ thứ", a unit is the number whatever follows ("nhiệm vụ thứ hai là gì").
    const afterLeadAndWeak = weak && endsWithLead(i - 1);
    if (lone && (!(strong || afterLeadAndWeak) || (next !== undefined && (/^\d/.test(next) || (!afterLeadAndWeak && n.notAfterUnit.includes(next)))))) continue;
    out.push(String(read[0]));
    i += read[1];
  }
  return out.join(" ");
}
