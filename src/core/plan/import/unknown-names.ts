/** Names that begin an agency's name: an unmatched stretch starting with one is an agency the lexicon does not know. */
export const HEADS =
  /^(?:các|sở|ban|cục|chi cục|ubnd|ủy ban|uỷ ban|văn phòng|trung tâm|phòng|công an|bộ chỉ huy|bộ đội|đài|báo(?!\s+cáo)|kho bạc|ngân hàng|bảo hiểm|thanh tra|hội|hiệp hội|liên đoàn|liên minh|tỉnh đoàn|tỉnh ủy|tỉnh uỷ|đảng ủy|đảng uỷ|đoàn|viện|tòa án|toà án|trường|bệnh viện|công ty|tổng công ty|tập đoàn|chi nhánh|quỹ|điện lực|hđnd|hội đồng|mặt trận|bưu điện|cổng|hợp tác xã|doanh nghiệp|cảng vụ|viettel|mobifone)(?:\s|$)/iu;
/** A word in capitals ("VNPT", "MTTQ"): a name, not a word of the one before. */
const ACRONYM = /^\p{Lu}{2,}[\p{Lu}\d&-]*$/u;

/**
 * The names in a stretch of a list cell the lexicon does not know, as written. ";" always separates names;
 * "," and "và" only before a word that starts a name ("Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh"),
 * so "Đài Phát thanh và Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình …" and "Các hội, đoàn thể" stay
 * whole. A stretch in lower case that starts no name ("liên quan", "theo chức năng") is not one.
 */
export function unknownNames(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/\s*;\s*/)) {
    const names: string[] = [];
    let sep = "";
    for (const piece of part.split(/(\s*,\s*|\s+và\s+)/u)) {
      if (/^\s*(?:,|và)\s*$/u.test(piece)) {
        sep = piece.trim() === "," ? ", " : " và ";
        continue;
      }
      // Only a word that begins a name, in capitals ("Sở", "Viện", "VNPT") or "các", starts another one.
      const capital = /^\p{Lu}/u.test(piece);
      const starts = /^các\s/u.test(piece) || ACRONYM.test(piece.split(/\s+/)[0] ?? "") || (capital && HEADS.test(piece));
      if (names.length && !starts) names[names.length - 1] += `${sep}${piece}`;
      else names.push(piece);
    }
    for (const raw of names) {
      const name = raw.replace(/^[\s\-+•.:,(]+|[\s.:,;)]+$/g, "").replace(/^(?:và|cùng|với)\s+/u, "");
      const first = name.split(/\s+/)[0] ?? "";
      const isName = HEADS.test(name) || ACRONYM.test(first) || (/^\p{Lu}/u.test(first) && (name.includes(" ") || first.length >= 4));
      if (isName && name.length >= 3 && !/^(?:theo|khi|nếu|trong|trên)\s/iu.test(name)) out.push(name);
    }
  }
  return out;
}

/** A name that begins as agencies' names do ("Sở …", "Hiệp hội …", "VNPT …"), not only with a capital. */
export const looksLikeAgency = (name: string): boolean => HEADS.test(name) || ACRONYM.test(name.split(/\s+/)[0] ?? "");
