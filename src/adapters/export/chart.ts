import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { ReportModel } from "../../core/reports/model.js";
import { CHART_CATEGORIES, CHART_LABELS, chartData, type ChartDatum } from "../../core/reports/summary.js";
import { findChartFont, type ChartFont } from "./fonts.js";

const COLORS = { done: "#2e7d32", in_progress: "#1e88e5", overdue: "#e53935", not_reported: "#9e9e9e" };

/** The PNG is this wide, whatever the layout; its height follows the number of bars. */
export const CHART_WIDTH = 1400;

function panel(data: ChartDatum[], title: string) {
  return {
    title,
    data: { values: data.map((d) => ({ ...d, stack: CHART_CATEGORIES.indexOf(d.category) })) },
    mark: { type: "bar", tooltip: false },
    width: 520,
    height: { step: 24 },
    encoding: {
      // No axis title: Vega sizes labels by estimate, and DejaVu's wider glyphs would run into it.
      y: { field: "label", type: "nominal", title: null, sort: { field: "order" }, axis: { labelLimit: 420 } },
      x: { field: "n", type: "quantitative", title: "Số nhiệm vụ", axis: { tickMinStep: 1, format: "d" } },
      color: {
        field: "categoryLabel",
        type: "nominal",
        title: "Tình trạng",
        scale: { domain: CHART_CATEGORIES.map((c) => CHART_LABELS[c]), range: CHART_CATEGORIES.map((c) => COLORS[c]) },
      },
      order: { field: "stack" },
    },
  };
}

/** Vega-Lite spec: stacked bars by lead agency, then by quarter. */
export function chartSpec(model: ReportModel, font: string): TopLevelSpec {
  const data = chartData(model);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: `Tiến độ thực hiện ${model.title}`, subtitle: `${model.planTitle} · tính đến ${model.asOf}`, anchor: "start", fontSize: 18 },
    background: "white",
    padding: 16,
    vconcat: [
      panel(
        data.filter((d) => d.panel === "agency"),
        "Theo cơ quan chủ trì",
      ),
      panel(
        data.filter((d) => d.panel === "period"),
        "Theo kỳ hạn",
      ),
    ],
    config: { font, view: { stroke: null }, legend: { orient: "top", labelFontSize: 12, titleFontSize: 12 }, axis: { labelFontSize: 12, titleFontSize: 12 } },
  } as TopLevelSpec;
}

export async function chartSvg(model: ReportModel, font: string): Promise<string> {
  const view = new vega.View(vega.parse(compile(chartSpec(model, font)).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart as PNG, rendered without a browser: Vega draws SVG, resvg rasterises it with a font that has Vietnamese glyphs. */
export async function renderChartPng(model: ReportModel, font: ChartFont = findChartFont()): Promise<Buffer> {
  const svg = await chartSvg(model, font.family);
  const resvg = new Resvg(svg, {
    font: { fontFiles: font.files, loadSystemFonts: font.files.length === 0, defaultFontFamily: font.family, sansSerifFamily: font.family },
    fitTo: { mode: "width", value: CHART_WIDTH },
    background: "white",
  });
  return resvg.render().asPng();
}
