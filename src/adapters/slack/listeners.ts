import type { App } from "@slack/bolt";
import { ACTION, renderHome } from "./blocks.js";
import { parseReport, readOrigin, REPORT_CALLBACK_ID, reportModal, type ReportOrigin } from "./report-modal.js";
import type { SlackFile } from "./file-download.js";
import { slackToPlain } from "./slack-text.js";
import { createThreadMemory } from "./threads.js";
import { deliver, ERROR_TEXT, FILES_FAILED_TEXT, runTurn, tellError, track, type SlackDeps, type Target } from "./turns.js";
import { answerPrivately, registerShare } from "./slash-share.js";
import { evidenceFiles, keepEvidence } from "./evidence-files.js";

export const SLASH_COMMAND = "/cchc";

interface MessageEvent {
  type: string;
  subtype?: string;
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  bot_profile?: unknown;
  text?: string;
  ts: string;
  thread_ts?: string;
  files?: SlackFile[];
}

// Only people's own words: edits, deletions, joins, bot posts and our own echoes all carry a subtype or a bot id.
const HUMAN_SUBTYPES = new Set([undefined, "file_share", "thread_broadcast"]);

function fromHuman(event: MessageEvent, botUserId: string | undefined): event is MessageEvent & { user: string } {
  return HUMAN_SUBTYPES.has(event.subtype) && !event.bot_id && !event.bot_profile && Boolean(event.user) && event.user !== botUserId;
}

const isDm = (channel: string | undefined) => Boolean(channel?.startsWith("D"));

/** Wires Bolt's listeners to the bot. Every listener acks first; slow work runs after the ack. */
export function registerListeners(app: App, deps: SlackDeps): void {
  const threads = deps.threads ?? createThreadMemory();
  const incoming = (event: MessageEvent, eventId: string | undefined, botUserId: string | undefined, threaded: boolean) => {
    if (!fromHuman(event, botUserId)) return;
    const thread = event.thread_ts ?? (threaded ? event.ts : undefined);
    const channel = `slack:${event.channel}`;
    if (thread && !isDm(event.channel)) threads.join(event.channel, thread, deps.clock.now());
    const text = slackToPlain(event.text ?? "", botUserId);
    // Photos (and PDFs sent with a task) are evidence; any other file shared in a DM may be a plan document for an admin.
    const evidence = evidenceFiles(event.files, text);
    const attachment = !evidence.length && isDm(event.channel) ? deps.attachmentOf?.(event.files) : undefined;
    const target: Target = { channel: event.channel, ...(thread ? { thread_ts: thread } : {}) };
    return track(
      deps,
      (async () => {
        const kept = evidence.length ? await keepEvidence(evidence, { ...deps, dataDir: deps.evidenceDir }) : undefined;
        if (kept && "problem" in kept) return tellError(deps, target, event.user, kept.problem);
        await runTurn(deps, {
          message: {
            channel,
            conversation: thread ?? channel,
            user: `slack:${event.user}`,
            text,
            at: deps.clock.now(),
            ...(eventId ? { id: eventId } : {}),
            ...(attachment ? { attachment } : {}),
            ...(kept ? { attachments: kept.files } : {}),
          },
          target,
          // channel+ts, not event_id: a retry has both the same, and this also folds one message
          // delivered both as message.im and app_mention (two event ids).
          keys: [`msg:${event.channel}:${event.ts}`],
          slackUser: event.user,
        });
      })(),
    );
  };

  app.event("message", async ({ event, body, context }) => {
    const e = event as unknown as MessageEvent;
    // In channels, only replies inside a thread the bot is already answering in (no @mention needed there).
    const followUp = e.channel_type !== "im" && e.thread_ts !== undefined && threads.has(e.channel, e.thread_ts, deps.clock.now());
    if (e.channel_type !== "im" && !followUp) return;
    await incoming(e, (body as { event_id?: string }).event_id, context.botUserId, false);
  });

  app.event("app_mention", async ({ event, body, context }) => {
    const e = event as unknown as MessageEvent;
    await incoming(e, (body as { event_id?: string }).event_id, context.botUserId, !isDm(e.channel));
  });

  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    await ack();
    const channel = `slack:${command.channel_id}`;
    const target: Target = { channel: command.channel_id };
    // An empty /cchc asks for help, in Vietnamese.
    const text = command.text.trim() || "trợ giúp";
    const message = { channel, conversation: channel, user: `slack:${command.user_id}`, text, at: deps.clock.now(), id: command.trigger_id };
    await track(
      deps,
      (async () => {
        try {
          if (!(await deps.claims.claim([`cmd:${command.trigger_id}`], deps.clock.now()))) return;
          const reply = await deps.bot.handle(message);
          // Only the person sees the answer (it works where the app is not a member, too); a button shares it.
          await answerPrivately(respond, reply, text);
          // Files of a private answer go to the person's DM, not to the channel.
          if (reply.files?.length && deps.upload) {
            await deps.upload({ channel: await openDm(deps, command.user_id) }, reply.files).catch(() => tellError(deps, target, command.user_id, FILES_FAILED_TEXT));
          }
        } catch (error) {
          deps.logger.error({ err: error, channel }, "slash command failed");
          await respond({ response_type: "ephemeral", text: ERROR_TEXT }).catch(() => undefined);
        }
      })(),
    );
  });

  registerShare(app, deps);

  // A choice and «Xem thêm» alike: the button's value is said by the user in that conversation (the store
  // remembers the rest of the list under it, so the button works after a restart).
  app.action(new RegExp(`^(${ACTION.choice}_\\d+|${ACTION.more})$`), async ({ ack, body, action }) => {
    await ack();
    const b = body as { trigger_id?: string; user: { id: string }; channel?: { id: string }; message?: { ts?: string; thread_ts?: string } };
    const value = (action as { value?: string }).value;
    if (!b.channel || !value) return;
    const thread = b.message?.thread_ts;
    const channel = `slack:${b.channel.id}`;
    await track(
      deps,
      runTurn(deps, {
        message: { channel, conversation: thread ?? channel, user: `slack:${b.user.id}`, text: value, at: deps.clock.now(), ...(b.trigger_id ? { id: b.trigger_id } : {}) },
        target: { channel: b.channel.id, ...(thread ? { thread_ts: thread } : {}) },
        keys: [`act:${b.trigger_id ?? `${b.message?.ts}:${value}`}`],
        slackUser: b.user.id,
      }),
    );
  });

  app.action(ACTION.reportOpen, async ({ ack, body, action }) => {
    await ack();
    const b = body as { trigger_id: string; user: { id: string }; channel?: { id: string }; message?: { ts?: string; thread_ts?: string } };
    const channel = b.channel?.id;
    const origin: ReportOrigin = channel ? { channel, ...threadOf(channel, b.message) } : {};
    const items = deps.bot.reportable(`slack:${b.user.id}`);
    const asked = ((action as { value?: string }).value ?? "").split(",");
    const view = reportModal(items, origin, asked.length === 1 ? asked[0] : undefined);
    await deps.caller.call("views.open", { trigger_id: b.trigger_id, view }, "rate-limit").catch(async (error: unknown) => {
      deps.logger.error({ err: error }, "could not open the report form");
      if (channel) await tellError(deps, { channel, ...origin }, b.user.id);
    });
  });

  app.view(REPORT_CALLBACK_ID, async ({ ack, body, view }) => {
    const user = `slack:${body.user.id}`;
    const parsed = parseReport(
      view.state.values as never,
      deps.bot.reportable(user).map((i) => i.id),
    );
    if (!parsed.ok) {
      await ack({ response_action: "errors", errors: parsed.errors });
      return;
    }
    await ack();
    await track(
      deps,
      (async () => {
        const origin = readOrigin(view.private_metadata);
        let target: Target | undefined = origin.channel ? { channel: origin.channel, ...(origin.thread_ts ? { thread_ts: origin.thread_ts } : {}) } : undefined;
        try {
          if (!(await deps.claims.claim([`view:${view.id}`], deps.clock.now()))) return;
          target ??= { channel: await openDm(deps, body.user.id) };
          const kept = parsed.uploads.length ? await keepEvidence(parsed.uploads, { ...deps, dataDir: deps.evidenceDir }) : undefined;
          if (kept && "problem" in kept) return tellError(deps, target, body.user.id, `${kept.problem} Báo cáo chưa được gửi; anh/chị mở lại biểu mẫu và gửi lại nhé.`);
          const form = kept ? { ...parsed.form, files: kept.files } : parsed.form;
          const reply = await deps.bot.submitReport(user, `slack:${target.channel}`, form, deps.clock.now());
          await deliver(deps, target, reply, `view:${view.id}`, false);
        } catch (error) {
          deps.logger.error({ err: error }, "report submission failed");
          if (target) await tellError(deps, target, body.user.id);
        }
      })(),
    );
  });

  app.event("app_home_opened", async ({ event, body }) => {
    if (event.tab !== "home") return;
    await track(
      deps,
      (async () => {
        if (!(await deps.claims.claim([`ev:${(body as { event_id?: string }).event_id ?? ""}`], deps.clock.now()))) return;
        const view = renderHome(deps.bot.overview(`slack:${event.user}`, deps.clock.now()));
        await deps.caller.call("views.publish", { user_id: event.user, view }).catch((error: unknown) => deps.logger.error({ err: error }, "could not publish App Home"));
      })(),
    );
  });
}

/** In a channel the confirmation goes under the message that had the button; in a DM, where the button was. */
function threadOf(channel: string, message: { ts?: string; thread_ts?: string } | undefined): { thread_ts?: string } {
  const thread = message?.thread_ts ?? (isDm(channel) ? undefined : message?.ts);
  return thread ? { thread_ts: thread } : {};
}

/** The DM channel with a user (conversations.open is idempotent, so it is safe to retry). */
export async function openDm(deps: Pick<SlackDeps, "caller" | "dms">, user: string): Promise<string> {
  const cached = deps.dms.get(user);
  if (cached) return cached;
  const result = await deps.caller.call<{ channel?: { id?: string } }>("conversations.open", { users: user });
  const id = result.channel?.id;
  if (!id) throw new Error("conversations.open returned no channel");
  deps.dms.set(user, id);
  return id;
}
