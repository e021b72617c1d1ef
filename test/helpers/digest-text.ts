/** Reads a digest's text back into its sections: section key → task ids, in order, without repeats. */
export function digestSections(text: string): Record<"overdue" | "due" | "stale" | "completed", string[]> {
  const out = { overdue: [] as string[], due: [] as string[], stale: [] as string[], completed: [] as string[] };
  const add = (key: keyof typeof out, ids: string[]) => ids.forEach((id) => out[key].includes(id) || out[key].push(id));
  const KEYS: [RegExp, keyof typeof out][] = [
    [/^⚠️ Quá hạn/, "overdue"],
    [/^⏰ Đến hạn/, "due"],
    [/^💤 Lâu chưa báo cáo/, "stale"],
    [/^✅ Mới hoàn thành/, "completed"],
  ];
  const idsIn = (list: string) =>
    list
      .replace(/\([^)]*\)/g, "")
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter(Boolean);
  let current: keyof typeof out | undefined;
  for (const line of text.split("\n")) {
    const key = KEYS.find(([re]) => re.test(line))?.[1];
    if (key) {
      current = key;
      const rest = /\(\d+\):(.*)$/.exec(line)?.[1] ?? "";
      if (rest.trim()) add(key, idsIn(rest));
      continue;
    }
    const item = /^• NV (\d+(?:\.\d+)?) /.exec(line);
    const more = /^• … và \d+ NV khác: (.+)$/.exec(line);
    if (current && item) add(current, [item[1]!]);
    else if (current && more) add(current, idsIn(more[1]!));
    else current = undefined;
  }
  const sort = (ids: string[]) => ids.toSorted((a, b) => Number(a.split(".")[0]) - Number(b.split(".")[0]) || Number(a.split(".")[1] ?? 0) - Number(b.split(".")[1] ?? 0));
  return { overdue: sort(out.overdue), due: sort(out.due), stale: sort(out.stale), completed: sort(out.completed) };
}
