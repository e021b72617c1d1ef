import { userInfo } from "node:os";
import { createInterface } from "node:readline";
import type { Bot } from "../../core/bot-types.js";
import { choiceKey, pickChoice, type Reply } from "../../core/message.js";
import type { Clock } from "../../ports/clock.js";
import type { Logger } from "../../ports/logger.js";
import type { Outbound } from "../../ports/outbound.js";

export const WELCOME = [
  "cchc-bot — trợ lý Kế hoạch cải cách hành chính. Hỏi bằng tiếng Việt (có dấu hay không dấu) hoặc tiếng Anh, ví dụ:",
  "  «Quý II có những nhiệm vụ nào?»  «Ai chủ trì nhiệm vụ 13?»  «Sở Tư pháp có nhiệm vụ gì?»",
  "Gõ «help» để xem thêm, «exit» để thoát.",
].join("\n");

/** The person at the terminal, as a platform-qualified user id ("console:alice"). */
export function consoleUser(): string {
  try {
    return `console:${userInfo().username || "local"}`;
  } catch {
    return "console:local";
  }
}

function render(reply: Reply): string {
  const choices = reply.choices?.map((c, i) => `  ${choiceKey(c, i)}. ${c.label}`).join("\n");
  const files = reply.files?.map((f) => `📎 ${f.path}`).join("\n");
  return [reply.text, choices, files].filter(Boolean).join("\n");
}

/** The terminal channel: one line in, one answer out; "exit" or end of input ends it. */
export function startTerminalChat(deps: { bot: Bot; clock: Clock; logger: Logger; user?: string; admin?: boolean; input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream }) {
  const input = deps.input ?? process.stdin;
  const output = deps.output ?? process.stdout;
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output, terminal: interactive, prompt: "bạn> " });
  const user = deps.user ?? consoleUser();
  let lastChoices: Reply["choices"];
  let queue = Promise.resolve();
  const write = (text: string) => output.write(`${text}\n`);

  write(WELCOME);
  if (deps.admin) write(`Bạn đang dùng bot trên máy này với quyền quản trị (${user}): có thể báo cáo tiến độ mọi nhiệm vụ và gán người dùng.`);
  if (interactive) rl.prompt();
  const done = new Promise<void>((resolve) => rl.on("close", () => queue.then(resolve)));
  rl.on("line", (line) => {
    queue = queue.then(async () => {
      const trimmed = line.trim();
      if (/^(exit|quit|thoat|thoát|bye)$/i.test(trimmed)) {
        write("Tạm biệt!");
        rl.close();
        return;
      }
      // A number picks one of the choices the last answer offered.
      const picked = pickChoice(lastChoices, trimmed)?.value;
      try {
        const reply = await deps.bot.handle({ channel: "console:local", conversation: "console:local", user, text: picked ?? line, at: deps.clock.now() });
        lastChoices = reply.choices;
        write(render(reply));
      } catch (error) {
        deps.logger.error({ err: error }, "terminal: handling failed");
        write("Xin lỗi, đã có lỗi khi xử lý câu này. Bạn thử lại nhé.");
      }
      if (interactive) rl.prompt();
    });
  });
  const outbound: Outbound = {
    handles: (address) => address.startsWith("console:"),
    send: async (_address, reply) => {
      write(`\n[nhắc việc]\n${render(reply)}`);
    },
  };
  return { done, outbound, stop: () => rl.close() };
}
