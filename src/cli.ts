import { parseArgs } from "node:util";
import { COMMON_OPTIONS, openSession, UsageError, type Args, type Session } from "./commands/common.js";

type Command = (args: Args, session: Session) => Promise<void>;

// Each command is loaded when it runs: `ask` must not pay for exceljs (export), mammoth (import) or axios (channel).
const COMMANDS: Record<string, () => Promise<Command>> = {
  ask: async () => (await import("./commands/ask.js")).ask,
  replay: async () => (await import("./commands/replay.js")).replay,
  plan: async () => (await import("./commands/plan.js")).plan,
  roster: async () => (await import("./commands/roster.js")).roster,
  channel: async () => (await import("./commands/channel.js")).channel,
  remind: async () => (await import("./commands/remind.js")).remind,
  export: async () => (await import("./commands/export.js")).exportReport,
};

const USAGE = `cchc-bot — commands (npm run --silent bot -- <command>):
  start                              open the chat (same as npm start)
  ask "<text>" [--json] [--user ID] [--channel ID] [--now ISO] [--data-dir DIR]
  replay FILE.jsonl [--json] [--now ISO] [--data-dir DIR]
  plan [--json]                      the loaded plan
  roster add <user> --agency "<name or alias>" [--name "Full Name"]
  roster add <user> --role admin|office|member
  roster list | roster remove <user>
  channel add <channel> [--agency "<name or alias>"] [--cron "0 8 * * 1"]   weekly digest to a channel
  channel list | channel remove <channel>
  remind [--now ISO] [--dry-run] [--json]   send what is due now (--dry-run: only print it)
  remind preview [--channel C]         the next digest of a channel (or of all)
  export --period q2|h1|year [--format xlsx|csv|md] [--out FILE]   the period's report (default DATA_DIR/exports/)
  export --chart [--period year] [--out FILE]   progress chart (PNG) by agency and by quarter
  import FILE.docx|.pdf|.txt|.md [--out PLAN.json] [--json]   read a province's plan; writes it only with --out
Common: --plan FILE (another plan in the same schema), --data-dir DIR (default ./data or DATA_DIR).`;

/** The usage lines of one command. */
function usageOf(name: string): string {
  return USAGE.split("\n")
    .filter((line) => line.trimStart().startsWith(`${name} `) || line.trim() === name || line.startsWith("Common:"))
    .join("\n");
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (name === "start") {
    const { main } = await import("./main.js");
    return main();
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load && name !== "import") {
    process.stderr.write(`Unknown command "${name}".\n${USAGE}\n`);
    return 2;
  }
  const args = parseArgs({ args: rest, options: COMMON_OPTIONS, allowPositionals: true, strict: false }) as Args;
  // `remind --help` must print help, never send; a mistyped flag («--dryrun») must stop, not be ignored.
  if (args.values.help) {
    process.stdout.write(`${usageOf(name)}\n`);
    return 0;
  }
  const unknown = Object.keys(args.values).filter((k) => !Object.hasOwn(COMMON_OPTIONS, k));
  if (unknown.length) {
    process.stderr.write(`Unknown option ${unknown.map((k) => `--${k}`).join(", ")} for "${name}".\n${usageOf(name)}\n`);
    return 2;
  }
  if (name === "import") {
    // Needs no plan, store or channel: the document is what it reads.
    try {
      const { importCommand } = await import("./commands/import.js");
      return await importCommand(args);
    } catch (error) {
      const err = error as Error;
      process.stderr.write(`${err.message}\n`);
      return err instanceof UsageError ? 2 : 1;
    }
  }
  let session: Session | undefined;
  try {
    const command = await load!();
    session = await openSession(args);
    await command(args, session);
    return 0;
  } catch (error) {
    const err = error as Error;
    process.stderr.write(`${err instanceof UsageError ? "" : `${err.name}: `}${err.message}\n`);
    return err instanceof UsageError ? 2 : 1;
  } finally {
    await session?.close();
  }
}

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${String((error as Error)?.message ?? error)}\n`);
    process.exitCode = 1;
  },
);
