import { replyJson, str, type Args, type Session } from "./common.js";

export async function ask(args: Args, session: Session): Promise<void> {
  // An empty question still gets the bot's own clear answer, like an empty chat message would.
  const text = args.positionals.join(" ");
  const reply = await session.core.bot.handle({
    channel: str(args, "channel") ?? "console:cli",
    user: str(args, "user") ?? "console:cli",
    text,
    at: session.clock.now(),
  });
  process.stdout.write(args.values.json ? `${JSON.stringify(replyJson(reply))}\n` : `${reply.text}\n`);
}
