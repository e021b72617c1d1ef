import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { CHART_WIDTH, chartSvg, renderChartPng } from "../../../src/adapters/export/chart.js";
import { findChartFont } from "../../../src/adapters/export/fonts.js";
import { buildReport } from "../../../src/core/reports/model.js";
import { chartData, chatSummary } from "../../../src/core/reports/summary.js";
import { NOW, plan, reportState, summaryNumbers, TZ } from "../../core/reports/fixture.js";

const model = buildReport({ plan, state: reportState(), period: "year", now: NOW, timezone: TZ });

/** Decodes a PNG (by drawing it inside an SVG with resvg) into RGBA pixels. */
function decodePng(png: Buffer) {
  const { width, height } = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString("base64")}"/></svg>`;
  const image = new Resvg(svg).render();
  return { width, height, pixels: image.pixels };
}

describe("progress chart", () => {
  it("finds a font with Vietnamese glyphs on this machine", () => {
    expect(findChartFont().files.length).toBeGreaterThan(0);
    expect(findChartFont(() => false)).toEqual({ family: "sans-serif", files: [] });
  });

  it("labels agencies and quarters in Vietnamese", async () => {
    const svg = await chartSvg(model, "DejaVu Sans");
    for (const label of ["Tiến độ thực hiện năm 2023", "Theo cơ quan chủ trì", "Sở Nội vụ", "Quý III", "Cả năm", "Chưa có báo cáo", "Đang thực hiện"]) expect(svg).toContain(label);
  });

  it("renders a PNG of the set width with coloured bars", async () => {
    const png = await renderChartPng(model);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    const { width, height, pixels } = decodePng(png);
    expect(width).toBe(CHART_WIDTH);
    expect(height).toBeGreaterThan(500);
    let dark = 0;
    let green = 0;
    let red = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (r < 60 && g < 60 && b < 60) dark++;
      if (Math.abs(r - 0x2e) < 8 && Math.abs(g - 0x7d) < 8 && Math.abs(b - 0x32) < 8) green++;
      if (Math.abs(r - 0xe5) < 8 && Math.abs(g - 0x39) < 8 && Math.abs(b - 0x35) < 8) red++;
    }
    const area = width * height;
    expect(dark / area).toBeGreaterThan(0.003); // text
    expect(green).toBeGreaterThan(1000); // done bars
    expect(red / area).toBeGreaterThan(0.02); // overdue bars
  });

  it("draws the numbers the chat summary gives", () => {
    const said = summaryNumbers(chatSummary(model));
    const quarters = chartData(model).filter((d) => d.panel === "period");
    for (const b of model.buckets) {
      const bar = quarters.filter((d) => d.label === b.name);
      expect(bar.reduce((s, d) => s + d.n, 0)).toBe(b.total);
    }
    const agencyBars = chartData(model).filter((d) => d.panel === "agency");
    for (const [name, counts] of said.agencies) {
      const n = (c: string) => agencyBars.find((d) => d.label === name && d.category === c)!.n;
      expect(n("done")).toBe((counts["đúng hạn"] ?? 0) + (counts["trễ hạn"] ?? 0));
      expect(n("overdue")).toBe(counts["quá hạn"] ?? 0);
      expect(n("not_reported")).toBe(counts["chưa báo cáo"] ?? 0);
      expect(n("in_progress")).toBe(counts["đang thực hiện"] ?? 0);
    }
  });
});
