import type { Logger } from "../../ports/logger.js";
import { createZaloApi, describeOutcome } from "./api.js";

/** What to say when the Zalo bot cannot post in groups (getMe's can_join_groups), so a group's digest would never arrive. */
export function groupWarning(address: string): string {
  return `⚠ Bot Zalo này không tham gia được nhóm (can_join_groups = false): nếu ${address} là một nhóm, nhắc việc sẽ không đến được. Nên nhắc từng người: đăng ký cuộc trò chuyện riêng của từng cán bộ, ví dụ «channel add zalo:<mã người dùng> --agency "Sở Nội vụ"».`;
}

/**
 * Asks getMe whether the bot can join groups, before a Zalo chat is registered for reminders.
 * Undefined when it can, or when there is no token to ask with; a failed call is a softer warning.
 */
export async function zaloGroupCheck(options: { token?: string; apiUrl: string; logger: Logger; address: string }): Promise<string | undefined> {
  if (!options.token || !options.address.startsWith("zalo:")) return undefined;
  const api = createZaloApi({ baseUrl: options.apiUrl, token: options.token, logger: options.logger, retries: 1, timeoutMs: 8_000 });
  const me = await api.call<{ can_join_groups?: boolean }>("getMe");
  if (me.kind !== "ok") return `⚠ Chưa kiểm tra được bot Zalo có vào được nhóm không (getMe: ${describeOutcome(me)}).`;
  return me.result?.can_join_groups === false ? groupWarning(options.address) : undefined;
}
