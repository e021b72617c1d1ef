import type { ChannelDeps } from "../../ports/channel.js";
import { setTimeout as delay } from "node:timers/promises";
import { App, HTTPReceiver, SocketModeReceiver, webApi, type Receiver } from "@slack/bolt";
import type { Outbound } from "../../ports/outbound.js";
import { boltLogger, redact } from "./bolt-logger.js";
import { createDeliveryClaims } from "./dedupe.js";
import { SlackAdapterError } from "./errors.js";
import { SLACK_EVENTS_PATH, slackEventsRoute } from "./http-route.js";
import { registerListeners } from "./listeners.js";
import { storedThreadMemory } from "./stored-threads.js";
import { createUserNames } from "./user-names.js";
import { slackOutbound } from "./outbound.js";
import { createSlackCaller } from "./slack-calls.js";
import type { SlackDeps } from "./turns.js";
import { createFileFetcher } from "./file-download.js";
import { createUploader } from "./upload.js";

/** Knobs tests and the bench turn; production uses the defaults. */
export interface SlackTuning {
  /** Timeout of every Web API request (default 10 s). */
  requestTimeoutMs?: number;
  channelIntervalMs?: number;
  backoffMs?: number;
  maxAttempts?: number;
  /** Socket Mode: pong timeout, and the first reconnect delay (default 5 s). */
  clientPingTimeoutMs?: number;
  /** How long stop() waits for answers under way (default 10 s). */
  stopGraceMs?: number;
}

export interface SlackStartDeps extends ChannelDeps {
  tuning?: SlackTuning;
}

export interface SlackChannel {
  mode: "socket" | "http";
  outbound: Outbound;
  stop(): Promise<void>;
}

/**
 * Starts the Slack channel. SLACK_APP_TOKEN selects Socket Mode; otherwise SLACK_SIGNING_SECRET selects
 * HTTP mode on the shared server's POST /slack/events. Resolves once auth.test passed (and, in Socket
 * Mode, the first connection is up).
 */
export async function startSlack(deps: SlackStartDeps): Promise<SlackChannel> {
  const { config, tuning = {} } = deps;
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new SlackAdapterError("slack_config", "SLACK_BOT_TOKEN is not set");
  const mode = config.SLACK_APP_TOKEN ? "socket" : config.SLACK_SIGNING_SECRET ? "http" : undefined;
  if (!mode) throw new SlackAdapterError("slack_config", "set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)");
  if (mode === "http" && !deps.http) throw new SlackAdapterError("slack_config", "HTTP mode needs the shared HTTP server");

  const secrets = [token, config.SLACK_APP_TOKEN, config.SLACK_SIGNING_SECRET].filter((s): s is string => Boolean(s));
  const logger = deps.logger.child({ channel: "slack", mode });
  const sdkLogger = boltLogger(logger, secrets);
  const slackApiUrl = config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {};
  const timeout = tuning.requestTimeoutMs ?? 10_000;
  // Our calls: no WebClient retries (see slack-calls.ts for why a blind retry could double a post).
  const client = new webApi.WebClient(token, { ...slackApiUrl, timeout, logger: sdkLogger, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
  const caller = createSlackCaller({
    client,
    logger,
    ...(tuning.channelIntervalMs !== undefined ? { channelIntervalMs: tuning.channelIntervalMs } : {}),
    ...(tuning.backoffMs !== undefined ? { backoffMs: tuning.backoffMs } : {}),
    ...(tuning.maxAttempts !== undefined ? { maxAttempts: tuning.maxAttempts } : {}),
  });

  const receiver: Receiver =
    mode === "socket"
      ? new SocketModeReceiver({
          appToken: config.SLACK_APP_TOKEN!,
          logger: sdkLogger,
          installerOptions: { clientOptions: { ...slackApiUrl, timeout, retryConfig: { retries: 3, factor: 2 } } },
          ...(tuning.clientPingTimeoutMs !== undefined ? { clientPingTimeout: tuning.clientPingTimeoutMs } : {}),
        })
      : new HTTPReceiver({
          signingSecret: config.SLACK_SIGNING_SECRET!,
          // Checked in http-route.ts before Bolt sees the request (both directions, injected clock).
          signatureVerification: false,
          processBeforeResponse: false,
          logger: sdkLogger,
        });

  const app = new App({
    token,
    receiver,
    logger: sdkLogger,
    deferInitialization: true,
    // Conversation state lives in our Store (State.pending), not Bolt's per-process memory store.
    convoStore: false,
    // Bolt's client only runs auth.test and respond(); it may retry, those are idempotent.
    clientOptions: { ...slackApiUrl, timeout, retryConfig: { retries: 2, factor: 2 } },
  });
  const inFlight = new Set<Promise<unknown>>();
  const slackDeps: SlackDeps = {
    bot: deps.bot,
    claims: createDeliveryClaims(deps.store),
    clock: deps.clock,
    logger,
    caller,
    inFlight,
    dms: new Map(),
    upload: createUploader(client, logger),
    threads: storedThreadMemory(deps.store, logger),
    evidenceDir: config.DATA_DIR,
    names: createUserNames(caller, logger),
  };
  slackDeps.attachmentOf = createFileFetcher({ token, caller, logger, apiUrl: config.SLACK_API_URL, timeoutMs: timeout * 3 });
  registerListeners(app, slackDeps);
  app.error(async (error) => {
    logger.error({ code: error.code, err: redact(String(error.message), secrets) }, "slack listener error");
  });

  const failed = (step: string, error: unknown) =>
    new SlackAdapterError("slack_config", `Slack ${step} failed (check the tokens and the network): ${redact(String((error as Error).message), secrets)}`);
  await app.init().catch((error: unknown) => Promise.reject(failed("auth.test with SLACK_BOT_TOKEN", error)));
  let open = true;
  if (mode === "socket") await app.start().catch((error: unknown) => Promise.reject(failed("Socket Mode connection with SLACK_APP_TOKEN", error)));
  else {
    const route = slackEventsRoute({ signingSecret: config.SLACK_SIGNING_SECRET!, receiver: (receiver as HTTPReceiver).requestListener, clock: deps.clock, logger });
    // The shared server has no way to unmount a route: after stop() the route answers 503.
    deps.http!.route("POST", SLACK_EVENTS_PATH, (req, res) => (open ? route(req, res) : void res.writeHead(503).end()));
  }
  logger.info({ mode }, "slack channel started");

  return {
    mode,
    outbound: slackOutbound(slackDeps),
    async stop() {
      open = false;
      if (mode === "socket") await app.stop();
      // Let answers under way finish, but do not wait out a long Retry-After or a Slack outage.
      await Promise.race([Promise.allSettled([...inFlight]), delay(tuning.stopGraceMs ?? 10_000, undefined, { ref: false })]);
    },
  };
}
