/** Stable codes for what can go wrong on the Slack side; logged with context, never shown raw to users. */
export type SlackErrorCode =
  | "slack_config" // a mode or dependency is missing
  | "slack_platform_error" // Slack answered ok:false (channel_not_found, not_in_channel…)
  | "slack_unavailable" // Slack kept failing (5xx, timeouts, 429) past our attempts; nothing was posted
  | "slack_delivery_unknown" // a post failed ambiguously and Slack could not be asked whether it landed
  | "slack_upload_failed"; // files.uploadV2 failed; the reply's text was posted without its files

export class SlackAdapterError extends Error {
  override name = "SlackAdapterError";
  constructor(
    readonly code: SlackErrorCode,
    message: string,
    readonly slackError?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
