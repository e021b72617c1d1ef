import type { App, types } from "@slack/bolt";
import type { Reply } from "../../core/message.js";
import { renderReply, type SlackMessage } from "./blocks.js";
import { escapeMrkdwn } from "./slack-text.js";
import { ERROR_TEXT, track, type SlackDeps } from "./turns.js";

export const SHARE_ACTION = "cchc_share";
export const SHARE_LABEL = "Chia sẻ vào kênh";
export const SHARED_TEXT = "Đã chia sẻ câu trả lời vào kênh.";

// Sharing asks the question again: only answers that change nothing may be asked twice.
const WRITES = new Set(["progress_update", "undo", "review", "roster", "channel", "evidence", "clarify", "denied", "plan_import"]);
const MAX_QUESTION = 1900;

type Respond = (message: Record<string, unknown>) => Promise<unknown>;

/** The parts of a /cchc answer, with a "Chia sẻ vào kênh" button under the last one when it can be shared. */
export function privateParts(reply: Reply, question: string): SlackMessage[] {
  const parts = renderReply(reply);
  const last = parts.at(-1);
  if (!last || WRITES.has(reply.intent) || question.length > MAX_QUESTION || last.blocks.length >= 50) return parts;
  const button: types.Button = { type: "button", action_id: SHARE_ACTION, text: { type: "plain_text", text: SHARE_LABEL, emoji: true }, value: question };
  return [...parts.slice(0, -1), { ...last, blocks: [...last.blocks, { type: "actions", elements: [button] }] }];
}

/** Answers /cchc to the person only (response_url, ephemeral). */
export async function answerPrivately(respond: Respond, reply: Reply, question: string): Promise<void> {
  for (const part of privateParts(reply, question)) await respond({ response_type: "ephemeral", text: part.text, blocks: part.blocks });
}

/** The shared answer, headed by who asked and what, so the channel sees it was asked, not volunteered. */
function asked(reply: Reply, user: string, question: string): Reply {
  return { ...reply, text: `<@${user}> hỏi: «${question}»\n${reply.text}`, mentions: [...(reply.mentions ?? []), `slack:${user}`] };
}

function header(parts: SlackMessage[], user: string, question: string): SlackMessage[] {
  const context: types.KnownBlock = { type: "context", elements: [{ type: "mrkdwn", text: `<@${user}> hỏi: «${escapeMrkdwn(question)}»` }] };
  return parts.map((p, i) => (i === 0 ? { ...p, blocks: [context, ...p.blocks] } : p));
}

/** "Chia sẻ vào kênh": asks the question again for the person who clicked and posts the answer in the channel with who asked. */
export function registerShare(app: App, deps: SlackDeps): void {
  app.action(SHARE_ACTION, async ({ ack, body, action, respond }) => {
    await ack();
    const b = body as { trigger_id?: string; user: { id: string }; channel?: { id: string } };
    const question = (action as { value?: string }).value;
    if (!b.channel || !question) return;
    const channel = b.channel.id;
    await track(
      deps,
      (async () => {
        try {
          if (!(await deps.claims.claim([`share:${b.trigger_id ?? `${channel}:${b.user.id}:${question}`}`], deps.clock.now()))) return;
          const reply = asked(
            await deps.bot.handle({ channel: `slack:${channel}`, conversation: `slack:${channel}`, user: `slack:${b.user.id}`, text: question, at: deps.clock.now() }),
            b.user.id,
            question,
          );
          const parts = header(renderReply(reply), b.user.id, question);
          try {
            for (const [i, part] of parts.entries()) await deps.caller.post({ channel, text: part.text, blocks: part.blocks }, `share:${b.trigger_id}#${i}`);
            if (reply.files?.length && deps.upload)
              await deps.upload({ channel }, reply.files).catch((err: unknown) => deps.logger.warn({ err, channel }, "slack: shared answer's files not uploaded"));
          } catch (error) {
            // The app is not in the channel: the action's response_url still posts there, visibly.
            if (!/not_in_channel|channel_not_found/.test((error as { slackError?: string }).slackError ?? "")) throw error;
            for (const part of parts) await respond({ response_type: "in_channel", text: part.text, blocks: part.blocks });
          }
          await respond({ response_type: "ephemeral", replace_original: true, text: SHARED_TEXT });
        } catch (error) {
          deps.logger.error({ err: error, channel }, "sharing a /cchc answer failed");
          await respond({ response_type: "ephemeral", text: ERROR_TEXT }).catch(() => undefined);
        }
      })(),
    );
  });
}
