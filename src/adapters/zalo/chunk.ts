export const ZALO_TEXT_LIMIT = 2000;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Cuts one over-long line: at the last space in the window when there is one, never inside a surrogate pair. */
function splitLine(line: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf(" ", limit);
    if (cut < limit / 2) cut = limit;
    if (isHighSurrogate(rest.charCodeAt(cut - 1))) cut -= 1;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  parts.push(rest);
  return parts.filter((p) => p.trim() !== "");
}

/**
 * Splits a reply into Zalo messages of at most `limit` UTF-16 units (Zalo allows 1-2000 characters),
 * on line boundaries where possible. Never returns an empty or blank chunk.
 */
export function splitText(text: string, limit = ZALO_TEXT_LIMIT): string[] {
  const chunks: string[] = [];
  let current = "";
  const flush = () => {
    const trimmed = current.replace(/\s+$/, "");
    if (trimmed.trim() !== "") chunks.push(trimmed);
    current = "";
  };
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const pieces = line.length > limit ? splitLine(line, limit) : [line];
    for (const piece of pieces) {
      const next = current === "" ? piece : `${current}\n${piece}`;
      if (next.length <= limit) {
        current = next;
      } else {
        flush();
        current = piece;
      }
    }
  }
  flush();
  return chunks;
}
