/** One incoming chat message, whatever the platform. */
export interface Message {
  /** Platform-qualified channel or conversation id, e.g. "slack:C123", "zalo:6ede9afa", "console:local". */
  channel: string;
  /** Thread or conversation key inside the channel (Slack thread ts, Zalo chat id); defaults to channel. */
  conversation?: string;
  /** Platform-qualified user id, e.g. "slack:U123", "zalo:6ede9afa", "console:alice". */
  user: string;
  /** Display name when the platform gives one. */
  userName?: string;
  /**
   * The display name when the platform must be asked for it (a Web API round trip): called only for a
   * turn that stores the name (a report, evidence), never for a question. Resolves undefined if unknown.
   */
  nameOf?: () => Promise<string | undefined>;
  text: string;
  at: Date;
  /** Platform event id, for dedupe and logs. */
  id?: string;
  /** A file sent with the message (a plan document); fetched only when the bot decides to read it. */
  attachment?: Attachment;
  /** Evidence files (photos, PDFs) sent with the message, already downloaded, checked and stored by the adapter. */
  attachments?: EvidenceFile[];
}

/** A file kept as evidence of a report; `path` is where the adapter stored it (DATA_DIR/evidence/), `sha256` its bytes' hash. */
export interface EvidenceFile {
  kind: "image" | "pdf";
  name: string;
  mime: string;
  sha256: string;
  path: string;
  size: number;
}

/** An incoming file, and a way to fetch it (the adapter holds the credentials). */
export interface Attachment {
  /** Absent when the platform sent only a stub (Slack's file_access "check_file_info"); the download names it. */
  name?: string;
  size?: number;
  download(): Promise<{ name: string; bytes: Buffer }>;
}

export type Lang = "vi" | "en";

/** One fact of an item: "Phối hợp: Sở Tài chính" (label + value), "• value" (no label), or a plain line. */
export interface ReplyField {
  label?: string;
  value: string;
  /** A line of its own, without a bullet ("⚠ Lưu ý: …", "→ Bộ phận Một cửa cấp xã: 40%"). */
  plain?: boolean;
}

/**
 * One task or target in a reply, with every fact the reply says about it. The text, Slack blocks and
 * Zalo bubbles are all rendered from these (src/core/render/reply-text.ts, adapters), never re-summarised.
 */
export interface ReplyItem {
  kind: "task" | "target";
  id: string;
  title: string;
  /** Summary for pickers and App Home: the lead agency (a task) or the monitoring unit (a target). */
  lead?: string;
  deadline?: string;
  status?: string;
  /** How it reads: two lines in a list ("line"), the whole row ("card"), or one line with its values ("values"). */
  style?: "line" | "card" | "values";
  /** A direct answer said before a card ("Nhiệm vụ 13 do … chủ trì."). */
  answer?: string;
  /** A card's first line as written, when it is not "<Nhiệm vụ> <id>: <title>". */
  head?: string;
  fields?: ReplyField[];
  /** Sub-rows (10.1, 10.2) named on a card. */
  subItems?: ReplyItem[];
  /** Lines after everything else ("(Phụ lục 2, nhóm …)"). */
  notes?: string[];
}

/** A run of items under one heading ("Phối hợp 12 nhiệm vụ:"), with an optional closing line. */
export interface ReplySection {
  head?: string;
  items: ReplyItem[];
  foot?: string;
}

/** A list or card answer as structure: what comes before, the sections of items, what comes after. */
export interface ReplyBody {
  intro?: string;
  sections: ReplySection[];
  outro?: string;
}

/** A choice the user can pick (Slack button, Zalo numbered line, terminal numbered line). */
export interface Choice {
  /** What the user types to pick it where there are no buttons (default: its position, 1, 2, …). */
  key?: string;
  label: string;
  /** The text the bot should receive when the choice is picked. */
  value: string;
}

export interface Reply {
  intent: string;
  /** The reply exactly as a user sees it in plain text. */
  text: string;
  lang: Lang;
  /** Plan task ids the reply is about. */
  tasks: string[];
  /** Plan target ids the reply is about. */
  targets: string[];
  items?: ReplyItem[];
  /** The reply as structure; when present, `text` is rendered from it (renderBody) and platforms render it natively. */
  body?: ReplyBody;
  /** Items left for «xem tiếp» (kept in the store per conversation): their count and the command that shows them. */
  more?: { remaining: number; command: string };
  /** For the sender to remember (reminders): the rest of a list that «xem tiếp» shows; never rendered. */
  continuation?: ReplyBody;
  choices?: Choice[];
  /** Platform user ids the bot itself mentions in `text` (a digest's "<@U123>"): platforms keep these as real mentions while escaping everything else. */
  mentions?: string[];
  /** Messages for other people this turn caused (e.g. telling a reporter their report was confirmed). */
  notices?: { address: string; text: string }[];
  /** Files the reply attaches (exports, charts). */
  files?: { name: string; path: string; mime: string }[];
}

/** What a user types to pick choice `index` (0-based) where there are no buttons. */
export const choiceKey = (choice: Choice, index: number): string => choice.key ?? String(index + 1);

/** The choice a typed answer ("12", "2.") names, if any. */
export function pickChoice(choices: readonly Choice[] | undefined, typed: string): Choice | undefined {
  const key = /^\s*(\d{1,2}(?:\.\d)?)\s*[.)]?\s*$/.exec(typed)?.[1];
  return key === undefined ? undefined : choices?.find((c, i) => choiceKey(c, i) === key);
}
