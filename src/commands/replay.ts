import { readFileSync } from "node:fs";
import { parseNow, replyJson, str, UsageError, type Args, type Session } from "./common.js";

interface ReplayLine {
  id?: unknown;
  user?: string;
  channel?: string;
  text?: unknown;
  at?: string;
}

/** Replays a conversation file, one JSON line in, one answer out, in order (the evaluation contract). */
export async function replay(args: Args, session: Session): Promise<void> {
  const file = args.positionals[0];
  if (!file) throw new UsageError("replay needs a file: replay conversation.jsonl [--json]");
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim());
  for (const [n, line] of lines.entries()) {
    let input: ReplayLine;
    try {
      input = JSON.parse(line) as ReplayLine;
    } catch {
      input = { id: `line-${n + 1}`, text: "" };
      session.logger.warn({ line: n + 1 }, "replay: line is not JSON");
    }
    let at = session.clock.now();
    try {
      if (input.at) at = parseNow(String(input.at), at);
    } catch {
      // One bad line must not end the replay: its answer comes at the replay's own time.
      session.logger.warn({ line: n + 1, at: input.at }, "replay: 'at' is not a date; using the current time");
    }
    const reply = await session.core.bot.handle({
      channel: input.channel ?? str(args, "channel") ?? "console:replay",
      user: input.user ?? str(args, "user") ?? "console:replay",
      text: typeof input.text === "string" ? input.text : "",
      at,
    });
    process.stdout.write(args.values.json ? `${JSON.stringify(replyJson(reply, input.id))}\n` : `> ${String(input.text)}\n${reply.text}\n\n`);
  }
}
