import { signSlack } from "../../../src/adapters/slack/signature.js";
import { FAKE_BOT } from "../../fakes/slack-api.js";

/** Payloads shaped like Slack's real ones (Events API envelope, slash command form, interactivity form). */
const TEAM = FAKE_BOT.team_id;
const APP = "A0CCHC0001";
let counter = 0;
const nextId = (prefix: string) => `${prefix}${Date.now().toString(36).toUpperCase()}${(++counter).toString().padStart(4, "0")}`;
export const slackTs = () => `${Math.floor(Date.now() / 1000)}.${String(++counter).padStart(6, "0")}`;

function envelope(event: Record<string, unknown>, eventId = nextId("Ev")) {
  return {
    token: "verification-token-unused",
    team_id: TEAM,
    context_team_id: TEAM,
    api_app_id: APP,
    event,
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: TEAM, user_id: FAKE_BOT.user_id, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
    event_context: `4-${eventId}`,
  };
}

export function messageIm(opts: { user: string; text: string; channel?: string; ts?: string; thread_ts?: string; eventId?: string; extra?: Record<string, unknown> }) {
  const ts = opts.ts ?? slackTs();
  return envelope(
    {
      client_msg_id: nextId("c-"),
      type: "message",
      text: opts.text,
      user: opts.user,
      ts,
      blocks: [{ type: "rich_text", block_id: "b1", elements: [{ type: "rich_text_section", elements: [{ type: "text", text: opts.text }] }] }],
      team: TEAM,
      channel: opts.channel ?? `D${opts.user.slice(1)}`,
      event_ts: ts,
      channel_type: "im",
      ...(opts.thread_ts ? { thread_ts: opts.thread_ts } : {}),
      ...opts.extra,
    },
    opts.eventId,
  );
}

export function appMention(opts: { user: string; text: string; channel: string; ts?: string; thread_ts?: string; eventId?: string }) {
  const ts = opts.ts ?? slackTs();
  return envelope(
    {
      client_msg_id: nextId("c-"),
      type: "app_mention",
      text: `<@${FAKE_BOT.user_id}> ${opts.text}`,
      user: opts.user,
      ts,
      team: TEAM,
      channel: opts.channel,
      event_ts: ts,
      ...(opts.thread_ts ? { thread_ts: opts.thread_ts } : {}),
    },
    opts.eventId,
  );
}

export function appHomeOpened(opts: { user: string }) {
  return envelope({ type: "app_home_opened", user: opts.user, channel: `D${opts.user.slice(1)}`, tab: "home", event_ts: slackTs() });
}

export function slashCommand(opts: { user: string; text: string; channel: string; responseUrl: string }): string {
  return new URLSearchParams({
    token: "verification-token-unused",
    team_id: TEAM,
    team_domain: "cchc-binhdinh",
    channel_id: opts.channel,
    channel_name: "cchc",
    user_id: opts.user,
    user_name: "nguyen.van.a",
    command: "/cchc",
    text: opts.text,
    api_app_id: APP,
    is_enterprise_install: "false",
    response_url: opts.responseUrl,
    trigger_id: nextId("1337."),
  }).toString();
}

export function blockActions(opts: { user: string; channel: string; actionId: string; value: string; messageTs?: string; threadTs?: string; responseUrl: string }): string {
  const messageTs = opts.messageTs ?? slackTs();
  const payload = {
    type: "block_actions",
    user: { id: opts.user, username: "nguyen.van.a", name: "nguyen.van.a", team_id: TEAM },
    api_app_id: APP,
    token: "verification-token-unused",
    container: { type: "message", message_ts: messageTs, channel_id: opts.channel, is_ephemeral: false, ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}) },
    trigger_id: nextId("1337."),
    team: { id: TEAM, domain: "cchc-binhdinh" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: opts.channel, name: "cchc" },
    message: { type: "message", user: FAKE_BOT.user_id, bot_id: FAKE_BOT.bot_id, text: "…", ts: messageTs, ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}) },
    state: { values: {} },
    response_url: opts.responseUrl,
    actions: [{ action_id: opts.actionId, block_id: "b2", text: { type: "plain_text", text: "…", emoji: true }, value: opts.value, type: "button", action_ts: `${Date.now() / 1000}` }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function viewSubmission(opts: { user: string; viewId?: string; privateMetadata: string; values: Record<string, Record<string, unknown>> }): string {
  const payload = {
    type: "view_submission",
    team: { id: TEAM, domain: "cchc-binhdinh" },
    user: { id: opts.user, username: "nguyen.van.a", name: "nguyen.van.a", team_id: TEAM },
    api_app_id: APP,
    token: "verification-token-unused",
    trigger_id: nextId("1337."),
    view: {
      id: opts.viewId ?? nextId("V"),
      team_id: TEAM,
      type: "modal",
      blocks: [],
      private_metadata: opts.privateMetadata,
      callback_id: "cchc_report",
      state: { values: opts.values },
      hash: "1700000000.abcdef",
      title: { type: "plain_text", text: "Báo cáo tiến độ", emoji: true },
      clear_on_close: false,
      notify_on_close: false,
      root_view_id: opts.viewId ?? "V0",
      app_id: APP,
      bot_id: FAKE_BOT.bot_id,
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** The view_submission state for a filled report form. */
export function reportValues(form: { task?: string; status?: string; percent?: string; note?: string; evidence?: string }) {
  const select = (v?: string) => ({ value: { type: "static_select", selected_option: v ? { text: { type: "plain_text", text: v }, value: v } : null } });
  const input = (type: string, v?: string) => ({ value: { type, value: v ?? null } });
  return {
    task: select(form.task),
    status: select(form.status),
    percent: input("number_input", form.percent),
    note: input("plain_text_input", form.note),
    evidence: input("plain_text_input", form.evidence),
  };
}

export interface SignedPost {
  url: string;
  body: string;
  secret: string;
  nowSec: number;
  json?: boolean;
  headers?: Record<string, string>;
}

export async function postSigned(p: SignedPost): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(p.url, {
    method: "POST",
    headers: {
      "content-type": p.json ? "application/json" : "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(p.nowSec),
      "x-slack-signature": signSlack(p.secret, p.nowSec, p.body),
      ...p.headers,
    },
    body: p.body,
  });
  return { status: res.status, text: await res.text(), ms: performance.now() - started };
}
