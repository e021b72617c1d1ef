const formatters = new Map<string, Intl.DateTimeFormat>();

// Building a DateTimeFormat costs far more than using one: keep one per zone.
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", weekday: "short", hourCycle: "h23" });
    formatters.set(timeZone, f);
  }
  return f;
}

export type LocalParts = ReturnType<typeof partsOf>;

// formatToParts costs ~20 µs and every chat turn asks it: the fields only change with the second, so each
// zone keeps its last second's answer (messages arriving together share it).
const lastSecond = new Map<string, { second: number; parts: LocalParts }>();

/** Calendar fields of an instant in a time zone (the host's zone never matters). */
export function localParts(at: Date, timeZone: string): LocalParts {
  const second = Math.floor(at.getTime() / 1000);
  const last = lastSecond.get(timeZone);
  if (last && last.second === second) return { ...last.parts };
  const parts = partsOf(at, timeZone);
  lastSecond.set(timeZone, { second, parts: { ...parts } });
  return parts;
}

function partsOf(at: Date, timeZone: string) {
  const parts = formatter(timeZone).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    year: Number(get("year")),
    month: Number(get("month")),
    day: Number(get("day")),
    hour: Number(get("hour")),
    minute: Number(get("minute")),
    second: Number(get("second")),
    weekday: get("weekday"),
    /** YYYY-MM-DD in that zone. */
    date: `${get("year")}-${get("month")}-${get("day")}`,
  };
}
