export type ZaloErrorCode = "zalo_no_token" | "zalo_webhook_needs_http" | "zalo_unauthorized" | "zalo_unavailable" | "zalo_rejected" | "zalo_stopped" | "zalo_bad_address";

/** Thrown at the channel's edges (outbound sends, start-up misuse); expected API outcomes stay unions. */
export class ZaloError extends Error {
  override name = "ZaloError";
  constructor(
    readonly code: ZaloErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Replaces every occurrence of the token, so URLs such as /bot<token>/sendMessage can be logged. */
export function redactor(token: string): (text: string) => string {
  if (!token) return (text) => text;
  return (text) => text.split(token).join("<redacted>");
}
