import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { compiledChild } from "../../helpers/compiled.js";
import { vn } from "./support.js";

let probe: string;
beforeAll(async () => {
  probe = await compiledChild(fileURLToPath(new URL("./host-timezone-probe.ts", import.meta.url)));
});

/** Each run is a fresh process, so nothing computed under one TZ can be reused under another. */
async function runWithTz(tz: string) {
  const { stdout } = await promisify(execFile)(process.execPath, [probe], { env: { ...process.env, TZ: tz } });
  return JSON.parse(stdout) as { offset: number; slots: string[]; sends: string[] };
}

describe("host time zone", () => {
  it("changes nothing: TZ=UTC, TZ=America/New_York and TZ=Asia/Ho_Chi_Minh decide the same", async () => {
    const [utc, ny, hcm] = await Promise.all([runWithTz("UTC"), runWithTz("America/New_York"), runWithTz("Asia/Ho_Chi_Minh")]);
    // The TZ really took effect in each child.
    expect([utc.offset, ny.offset, hcm.offset]).toEqual([0, 300, -420]);
    expect(utc.slots).toHaveLength(52);
    expect(utc.slots[3]).toBe(`2023-W04 ${vn("2023-01-27", 8).toISOString()} ${vn("2023-01-30").toISOString()}`);
    expect(utc.sends).toEqual([vn("2023-01-27", 8), vn("2023-01-30", 8), vn("2023-02-06", 8)].map((d) => `${d.toISOString()} sent`));
    expect(ny).toEqual({ ...utc, offset: 300 });
    expect(hcm).toEqual({ ...utc, offset: -420 });
    // Three children of ~1.2 s CPU each: on a busy 2-core machine they can take far longer than that.
  }, 90_000);
});
