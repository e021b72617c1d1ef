import type { Passage, Section } from "../schema.js";
import { foldKeep, oneLine, sentenceCase, type DocPara } from "./document.js";

export interface PlanHeader {
  title: string | undefined;
  province: string | undefined;
  year: number | undefined;
  issuedBy: string | undefined;
  /** "Quyết định số 123/QĐ-UBND ngày 15/12/2022" as far as the document says it. */
  decision: string | undefined;
}

const TITLE = /(kế hoạch|chương trình)\s+(cải cách hành chính[^()\n]*?năm\s+(\d{4}))/iu;
const PLACE = /(tỉnh|thành phố)\s+((?:\p{Lu}[\p{Ll}]*\s*){1,4}?)(?=\s+(?:năm|giai|đến|\d)|[,.]|$)/u;
const NUMBER = /(Quyết định|Kế hoạch)\s+số:?\s*(\d+[\w/.-]*\/(?:QĐ|KH)-[\p{Lu}Đ]+)/u;
const SO = /^Số:?\s*(\d+[\w./-]*\/(?:QĐ|KH)-[\p{Lu}Đ]+)/u;
const DATE = /ngày\s+(\d{1,2})?\s*tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

/** The decision header: issuing body, number, date, year, the plan's own title and province. */
export function readHeader(paras: readonly DocPara[]): PlanHeader {
  const head = paras.slice(0, 80).map((p) => oneLine(p.text));
  let title: string | undefined;
  let year: number | undefined;
  for (let i = 0; i < head.length && !title; i++) {
    const line = /^KẾ HOẠCH$/u.test(head[i]!) && head[i + 1] ? `Kế hoạch ${head[i + 1]}` : head[i]!;
    const m = TITLE.exec(line);
    if (m) {
      const rest = m[2]!.replace(/\s+/g, " ").trim();
      title = `Kế hoạch ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
      year = Number(m[3]);
    }
  }
  const place = title ? PLACE.exec(title) : undefined;
  const province = place?.[2]?.trim();
  const text = head.join("\n");
  // The number and date are those the plan is issued with, not those of the documents it cites.
  const issued = head.find((l) => /kèm theo\s+(?:Quyết định|Kế hoạch)\s+số/u.test(l)) ?? "";
  const dated = head.find((l) => /^[\p{L} .]+,\s*ngày\s+\d/u.test(l)) ?? "";
  const number = NUMBER.exec(issued) ?? head.map((l) => SO.exec(l)).find(Boolean);
  const date = DATE.exec(issued) ?? DATE.exec(dated);
  const issuedBy = /ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND/u.test(text) && province ? `Ủy ban nhân dân ${place![1]!.toLowerCase()} ${province}` : undefined;
  const kind = number?.[1] ?? (/QUYẾT ĐỊNH/u.test(text) ? "Quyết định" : "Kế hoạch");
  const numberText = number ? (number.length > 2 ? number[2] : number[1]) : undefined;
  const dateText = date ? (date[1] ? `ngày ${date[1]}/${date[2]}/${date[3]}` : `tháng ${date[2]}/${date[3]}`) : undefined;
  const decision = numberText
    ? `${/^\d+\/KH/.test(numberText) ? "Kế hoạch" : kind} số ${numberText}${dateText ? ` ${dateText}` : ""}`
    : title
      ? `${kind} ban hành ${title}${dateText ? ` (${dateText})` : ""}`
      : undefined;
  return { title, province, year: year ?? (date ? Number(date[3]) + (Number(date[2]) >= 10 ? 1 : 0) : undefined), issuedBy, decision };
}

const PART = /^(?:Phần\s+(?:thứ\s+)?)?([IVX]+)[.:\s-]\s*(.+)$/u;
const POINT = /^(\d{1,2})[.)]\s+(.+)$/su;
const LETTER = /^([a-zđ])\)\s*(.+)$/su;
const SKIP =
  /^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập|KẾ HOẠCH$|QUYẾT ĐỊNH|\(Ban hành kèm|Điều \d|Nơi nhận|TM\.|KT\.|CHỦ TỊCH|PHÓ CHỦ TỊCH|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|TỈNH\s|\(Các chỉ tiêu|\(Nội dung nhiệm vụ)/u;

const upper = (t: string) => {
  const letters = t.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toUpperCase();
};

/** Parts (I, II … or "Phần I"), points (1., 2.) and lettered items (a, b) of the plan's body, and the "Căn cứ" lines. */
export function readBody(paras: readonly DocPara[], shortTitle: string): { sections: Section[]; passages: Passage[] } {
  const sections: Section[] = [];
  const passages: Passage[] = [];
  let part: { id: string; title: string } | undefined;
  let point: { id: string; title: string } | undefined;
  let bases = 0;
  let romanParts = false;
  let last: Passage | undefined;
  const add = (id: string, ref: string, section: string[], text: string) => {
    if (passages.some((p) => p.id === id)) {
      last!.text = `${last!.text} ${text}`;
      return;
    }
    last = { id, ref, section, text, agencies: [], tasks: [], targets: [] };
    passages.push(last);
  };
  const lines = paras.map((p) => oneLine(p.text)).filter(Boolean);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = foldKeep(line);
    if (/^(?:can cu|theo de nghi)\s/.test(f) && !part) {
      if (!sections.some((s) => s.id === "CC")) sections.push({ id: "CC", title: "Căn cứ ban hành", aliases: ["căn cứ", "căn cứ pháp lý"] });
      bases++;
      add(`CC.${bases}`, `Căn cứ ${bases}, Quyết định ban hành ${shortTitle}`, ["Căn cứ ban hành"], line);
      continue;
    }
    if (SKIP.test(line)) continue;
    const partMatch = PART.exec(line);
    if (partMatch && upper(partMatch[2]!)) {
      romanParts = true;
      part = { id: partMatch[1]!, title: sentenceCase(partMatch[2]!.replace(/[.:]$/, "")) };
      point = undefined;
      last = undefined;
      sections.push({ id: part.id, title: part.title, aliases: [] });
      continue;
    }
    const numbered = POINT.exec(line);
    if (numbered && upper(numbered[2]!) && !romanParts) {
      // Parts numbered 1., 2. in capitals, as some provinces write them.
      part = { id: roman(Number(numbered[1])), title: sentenceCase(numbered[2]!.replace(/[.:]$/, "")) };
      point = undefined;
      last = undefined;
      sections.push({ id: part.id, title: part.title, aliases: [] });
      continue;
    }
    if (!part) continue;
    const pointMatch = POINT.exec(line);
    if (pointMatch) {
      const next = lines[i + 1] ?? "";
      const words = pointMatch[2]!.split(/\s+/).length;
      const heading = LETTER.test(next) || (words <= 20 && !/[.;]$/.test(pointMatch[2]!.trim()));
      const id = `${part.id}.${pointMatch[1]}`;
      if (heading) {
        point = { id, title: pointMatch[2]!.replace(/[.:]$/, "").trim() };
        sections.push({ id, title: point.title, aliases: [] });
        last = undefined;
      } else {
        point = undefined;
        add(id, `Mục ${id}, ${shortTitle}`, [`${part.id}. ${part.title}`], pointMatch[2]!);
      }
      continue;
    }
    const trail = point ? [`${part.id}. ${part.title}`, `${point.id.split(".")[1]}. ${point.title}`] : [`${part.id}. ${part.title}`];
    const letter = LETTER.exec(line);
    if (letter) {
      const id = `${point?.id ?? part.id}.${letter[1]}`;
      add(id, `Mục ${id}, ${shortTitle}`, trail, letter[2]!);
      continue;
    }
    if (last && !/^[\p{Lu}]/u.test(line)) {
      last.text = `${last.text} ${line}`;
      continue;
    }
    // A paragraph of its own: the point's text ("5. Sở Tư pháp" then its duty), or the part's closing words.
    const hasPoints = sections.some((s) => s.id.startsWith(`${part!.id}.`));
    const id = point ? (passages.some((p) => p.id.startsWith(`${point!.id}.`)) ? `${point.id}.end` : point.id) : hasPoints ? `${part.id}.end` : `${part.id}.0`;
    if (last?.id === id) last.text = `${last.text} ${line}`;
    else add(id, id.endsWith(".end") ? `Mục ${part.id} (đoạn cuối), ${shortTitle}` : `Mục ${id.replace(/\.0$/, "")}, ${shortTitle}`, trail, line);
  }
  return { sections, passages };
}

function roman(n: number): string {
  return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][n] ?? "X";
}
