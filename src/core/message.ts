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

/** One line in a list answer, so platforms can render lists natively (Slack sections, Zalo lines). */
export interface ReplyItem {
  kind: "task" | "target";
  id: string;
  title: string;
  lead?: string;
  deadline?: string;
  status?: string;
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
