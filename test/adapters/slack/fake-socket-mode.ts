import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/** A local stand-in for Slack's Socket Mode WebSocket endpoint: says hello, records acks, can drop or refresh. */
export async function createFakeSocketMode() {
  const wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
  const connections: WebSocket[] = [];
  const received: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  const notify = () => [...waiters].forEach((w) => w());

  wss.on("connection", (ws) => {
    connections.push(ws);
    ws.on("message", (data) => {
      received.push(JSON.parse(String(data)) as Record<string, unknown>);
      notify();
    });
    ws.send(
      JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "applink-fake", build_number: 1, approximate_connection_time: 18060 }, connection_info: { app_id: "A0CCHC0001" } }),
    );
    notify();
  });

  const until = (ok: () => boolean, what: string, timeoutMs = 5000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!ok()) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => (waiters.delete(check), reject(new Error(`timed out waiting for ${what}`))), timeoutMs);
      waiters.add(check);
      check();
    });

  let envelopes = 0;
  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link/?ticket=fake`,
    connections,
    received,
    current: () => connections.at(-1)!,
    waitForConnections: (n: number) => until(() => connections.length >= n && connections[n - 1]!.readyState === 1, `${n} connections`),
    /** Sends an Events API envelope on the newest connection and waits for its ack. */
    async deliver(payload: object, retryAttempt = 0) {
      const envelope_id = `env-${++envelopes}`;
      connections.at(-1)!.send(JSON.stringify({ envelope_id, payload, type: "events_api", accepts_response_payload: false, retry_attempt: retryAttempt, retry_reason: retryAttempt ? "timeout" : "" }));
      await until(() => received.some((r) => r.envelope_id === envelope_id), `ack of ${envelope_id}`);
      return envelope_id;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of connections) ws.terminate();
        wss.close(() => resolve());
      }),
  };
}
