import type { ReplyBody, ReplySection } from "../message.js";
import { itemsOf } from "../render/reply-text.js";

/** Items in one message: a phone screen or two. */
export const PAGE_ITEMS = 8;
/** A list this long is shown whole rather than leaving one or two items for «xem tiếp». */
export const WHOLE_ITEMS = 10;

export interface Page {
  page: ReplyBody;
  /** What «xem tiếp» shows next; absent when the page is the whole body. */
  rest?: ReplyBody;
  remaining: number;
}

/**
 * The first page of a body, cut between items only: a section cut in two keeps its heading on both
 * pages, its closing line goes with its last item, and the outro with the last page.
 */
export function firstPage(body: ReplyBody, options: { size?: number; whole?: number; continued?: string } = {}): Page {
  const { size = PAGE_ITEMS, whole = WHOLE_ITEMS, continued = "(tiếp)" } = options;
  const total = itemsOf(body).length;
  if (total <= whole || total <= size) return { page: body, remaining: 0 };
  const page: ReplySection[] = [];
  const rest: ReplySection[] = [];
  let left = size;
  for (const section of body.sections) {
    if (left <= 0) {
      rest.push(section);
      continue;
    }
    const shown = section.items.slice(0, left);
    left -= shown.length;
    if (shown.length === section.items.length) {
      page.push(section);
      continue;
    }
    const { foot, ...open } = section;
    page.push({ ...open, items: shown });
    const head = section.head?.replace(/:?$/, (colon) => ` ${continued}${colon}`);
    rest.push({ ...section, ...(head ? { head } : {}), items: section.items.slice(shown.length) });
  }
  const restBody: ReplyBody = { sections: rest, ...(body.outro ? { outro: body.outro } : {}) };
  return { page: { ...(body.intro ? { intro: body.intro } : {}), sections: page }, rest: restBody, remaining: total - size };
}
