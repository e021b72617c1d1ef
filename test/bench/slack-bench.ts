import { fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { App, HTTPReceiver } from "@slack/bolt";
import { createHttpServer } from "../../src/adapters/http/http-server.js";
import { openFileStore } from "../../src/adapters/lowdb/file-store.js";
import { startSlack } from "../../src/adapters/slack/start-slack.js";
import { loadConfig } from "../../src/config.js";
import type { Reply } from "../../src/core/message.js";
import { systemClock } from "../../src/ports/clock.js";
import { silentLogger } from "../../src/ports/logger.js";
import { messageIm, postSigned } from "../adapters/slack/payloads.js";
import { createFakeSlackApi } from "../fakes/slack-api.js";
import { testBot } from "../helpers/bot.js";
import { QUESTIONS } from "./core-bench.js";

const SECRET = "bench-signing-secret-0123456789";
const TOKEN = "xoxb-bench-token";
// Slack delivers at most 30,000 events an hour per workspace (about 8 a second); the paced run offers 12× that.
const PACED_RATE = 100;

interface Run {
  perSecond: number;
  p50: number;
  p99: number;
  /** CPU of the apps' process per event (the fake Slack runs in its own): less noisy than events a second. */
  cpuMs?: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
let user = 0;

async function fire(url: string, i: number): Promise<number> {
  // One user per event: Slack's one-message-a-second-per-channel pacing must not serialise the bench.
  const body = JSON.stringify(messageIm({ user: `U${++user}`, text: QUESTIONS[i % QUESTIONS.length]! }));
  const res = await postSigned({ url, body, secret: SECRET, nowSec: Math.floor(Date.now() / 1000), json: true });
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
  return res.ms;
}

function summarise(times: number[], wallMs: number): Run {
  times.sort((a, b) => a - b);
  return { perSecond: Math.round(times.length / (wallMs / 1000)), p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** Channels the fake Web API has posted a reply to: each event is a new user in its own DM. */
const answered = new Set<string>();
let countedUpTo = 0;
let posted: { channel: string }[] = [];

/** Resolves once `n` more events have their reply posted (or after `timeoutMs`), with the time that took. */
async function repliesIn(before: number, n: number, timeoutMs = 60_000): Promise<void> {
  const t0 = performance.now();
  for (;;) {
    for (; countedUpTo < posted.length; countedUpTo++) answered.add(posted[countedUpTo]!.channel);
    if (answered.size >= before + n || performance.now() - t0 > timeoutMs) return;
    await delay(2);
  }
}

/**
 * Closed loop: `concurrency` requests always in flight, as fast as the app acks. Events a second count
 * to the last reply posted, not the last ack: an app that acks and queues the work must not look faster.
 */
async function saturateIn(url: string, events: number, concurrency: number): Promise<Run> {
  const times: number[] = [];
  let next = 0;
  const before = answered.size;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < events) times.push(await fire(url, next++));
    }),
  );
  await repliesIn(before, events);
  return summarise(times, performance.now() - t0);
}

/** Open loop: one event every 1/rate s whatever the acks do, so queueing shows in the latencies. */
async function pacedIn(url: string, events: number, rate: number): Promise<Run> {
  const t0 = performance.now();
  const pending: Promise<number>[] = [];
  for (let i = 0; i < events; i++) {
    const wait = t0 + (i * 1000) / rate - performance.now();
    if (wait > 0) await delay(wait);
    pending.push(fire(url, i));
  }
  return summarise(await Promise.all(pending), performance.now() - t0);
}

/**
 * Signed events a second and ack latency on loopback: our app (claim + bot + Block Kit reply) vs a
 * bare Bolt app that posts a plain reply to each event, same run. Rounds alternate (a shared machine is noisy) and
 * medians are compared.
 */
export async function slackBench(events = 1000, rounds = 3, concurrency = 16) {
  // "Slack" (the event sender and the fake Web API) runs in its own process, as it would on its own
  // machines: the timings are not inflated by the apps' event loop, nor the apps by Slack's work.
  const slack = fork(fileURLToPath(import.meta.url), ["--fake-slack"], { execArgv: ["--import", "tsx"] });
  const ask = <T>(command: object) => new Promise<T>((resolve) => (slack.once("message", (m) => resolve(m as T)), slack.send(command)));
  const api = await ask<{ url: string }>({ cmd: "start" });
  const measured = async (n: number, run: () => Promise<Run>): Promise<Run> => {
    const cpu0 = process.cpuUsage();
    const result = await run();
    const cpu = process.cpuUsage(cpu0);
    return { ...result, cpuMs: (cpu.user + cpu.system) / 1000 / n };
  };
  const saturate = (url: string, n: number, c: number) => measured(n, () => ask<Run>({ cmd: "saturate", url, n, c }));
  const paced = (url: string, n: number, rate: number) => measured(n, () => ask<Run>({ cmd: "paced", url, n, rate }));

  const quiet = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => "info" as never, setName() {} };
  const bareReceiver = new HTTPReceiver({ signingSecret: SECRET, processBeforeResponse: false, logger: quiet });
  const bare = new App({ token: TOKEN, receiver: bareReceiver, logger: quiet, deferInitialization: true, clientOptions: { slackApiUrl: api.url } });
  // The equivalent work, nothing more: hear the event, post one reply with chat.postMessage to the same fake Web API.
  bare.event("message", async ({ event, client }) => {
    await client.chat.postMessage({ channel: (event as { channel: string }).channel, text: "Xin chào!" });
  });
  await bare.init();
  const bareUrl = `http://127.0.0.1:${((await bareReceiver.start(0)).address() as AddressInfo).port}/slack/events`;

  const config = loadConfig({ SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.url });
  const startOurs = async (constantReply: boolean) => {
    // The file store on disk (journal + fdatasync), as the bot runs in production, not an in-memory one.
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "cchc-slack-bench-"));
    const store = await openFileStore({ dataDir, logger: silentLogger });
    const made = testBot({ clock: systemClock, store });
    // The same adapter (claims, Block Kit, post) around a bot that answers at once: what the adapter itself costs.
    const bot = constantReply ? { ...made.bot, handle: async (): Promise<Reply> => ({ intent: "help", text: "Xin chào!", lang: "vi", tasks: [], targets: [] }) } : made.bot;
    const http = createHttpServer({ port: 0, host: "127.0.0.1", logger: silentLogger });
    const port = await http.listen();
    const app = await startSlack({ bot, store: made.store, config, logger: silentLogger, http, clock: systemClock });
    const stop = async () => {
      await app.stop();
      await http.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    };
    return { url: `http://127.0.0.1:${port}/slack/events`, stop };
  };
  const ours = await startOurs(false);
  const adapter = await startOurs(true);
  const oursUrl = ours.url;

  await saturate(bareUrl, 300, concurrency);
  await saturate(oursUrl, 300, concurrency);
  await saturate(adapter.url, 300, concurrency);
  const runs = { bareMax: [] as Run[], oursMax: [] as Run[], adapterMax: [] as Run[], barePaced: [] as Run[], oursPaced: [] as Run[] };
  for (let r = 0; r < rounds; r++) {
    runs.bareMax.push(await saturate(bareUrl, events, concurrency));
    runs.oursMax.push(await saturate(oursUrl, events, concurrency));
    runs.adapterMax.push(await saturate(adapter.url, events, concurrency));
    runs.barePaced.push(await paced(bareUrl, PACED_RATE * 2, PACED_RATE));
    runs.oursPaced.push(await paced(oursUrl, PACED_RATE * 2, PACED_RATE));
  }
  const drainStart = performance.now();
  await ours.stop();
  const drainMs = performance.now() - drainStart;
  await adapter.stop();
  const replies = await ask<number>({ cmd: "count" });
  await bareReceiver.stop();
  slack.kill();

  const med = (list: Run[]): Run => ({
    perSecond: median(list.map((r) => r.perSecond)),
    p50: median(list.map((r) => r.p50)),
    p99: median(list.map((r) => r.p99)),
    cpuMs: median(list.map((r) => r.cpuMs ?? 0)),
  });
  const row = (load: string, app: string, r: Run) => ({ load, app, perSecond: r.perSecond, p50: `${r.p50.toFixed(2)} ms`, p99: `${r.p99.toFixed(2)} ms`, "CPU ms/event": (r.cpuMs ?? 0).toFixed(2) });
  // Throughput as ours/bare (the goal is ≥ 0.8×); latencies as ours/bare too (lower is better).
  const ratio = (load: string, bareRun: Run, ourRun: Run, app = "ratio ours/bare") => ({
    load,
    app,
    perSecond: `${(ourRun.perSecond / bareRun.perSecond).toFixed(2)}×`,
    p50: `${(ourRun.p50 / bareRun.p50).toFixed(2)}×`,
    p99: `${(ourRun.p99 / bareRun.p99).toFixed(2)}×`,
    "CPU ms/event": `${((bareRun.cpuMs ?? 0) / (ourRun.cpuMs ?? 1)).toFixed(2)}× (bare/ours)`,
  });
  const [bareMax, oursMax, adapterMax, barePaced, oursPaced] = [med(runs.bareMax), med(runs.oursMax), med(runs.adapterMax), med(runs.barePaced), med(runs.oursPaced)];
  const max = `${concurrency} in flight`;
  const fixed = `${PACED_RATE} events/s`;
  return [
    row(max, "bare Bolt, posts a reply", bareMax),
    row(max, "cchc-bot", oursMax),
    ratio(max, bareMax, oursMax, "ratio ours/bare (goal ≥ 0.80×)"),
    row(max, "cchc-bot adapter, instant bot", adapterMax),
    ratio(max, bareMax, adapterMax, "ratio adapter only/bare"),
    row(fixed, "bare Bolt, posts a reply", barePaced),
    row(fixed, "cchc-bot", oursPaced),
    ratio(fixed, barePaced, oursPaced),
    { load: "after", app: `${replies} replies posted; drained ${drainMs.toFixed(0)} ms after the last ack`, perSecond: "", p50: "", p99: "", "CPU ms/event": "" },
  ];
}

if (process.argv.includes("--fake-slack")) {
  const api = await createFakeSlackApi();
  posted = api.posted;
  process.on("message", async (m: { cmd: string; url: string; n: number; c: number; rate: number }) => {
    if (m.cmd === "start") process.send!({ url: api.url });
    if (m.cmd === "count") process.send!(api.posted.length);
    if (m.cmd === "saturate") process.send!(await saturateIn(m.url, m.n, m.c));
    if (m.cmd === "paced") process.send!(await pacedIn(m.url, m.n, m.rate));
  });
} else if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await slackBench());
}
