import type { Logger } from "../../src/ports/logger.js";

export interface LogLine {
  level: "debug" | "info" | "warn" | "error";
  /** The fields logged, with the child loggers' bindings. */
  obj: Record<string, unknown>;
  msg?: string;
}

export interface RecordingLogger extends Logger {
  lines: LogLine[];
  /** Every line as text, errors by name and message: what to search for secrets. */
  text(): string;
}

const errorsAsText = (_key: string, value: unknown) => (value instanceof Error ? `${value.name}: ${value.message}` : value);

/** A working Logger that keeps every line (children write to the same list), so tests read what an operator would see. */
export function recordingLogger(lines: LogLine[] = [], bindings: Record<string, unknown> = {}): RecordingLogger {
  const at = (level: LogLine["level"]) => (obj: object | string, msg?: string) =>
    void lines.push(typeof obj === "string" ? { level, obj: { ...bindings }, msg: obj } : { level, obj: { ...bindings, ...obj }, msg });
  return {
    lines,
    text: () => lines.map((line) => JSON.stringify(line, errorsAsText)).join("\n"),
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: (more) => recordingLogger(lines, { ...bindings, ...more }),
  };
}
