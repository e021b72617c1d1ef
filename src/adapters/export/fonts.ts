import { existsSync } from "node:fs";

/** Fonts with Vietnamese glyphs, where Debian (fonts-dejavu-core), Fedora, Arch and Alpine put them. */
const CANDIDATES: { family: string; files: string[] }[] = [
  {
    family: "DejaVu Sans",
    files: ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf"],
  },
  { family: "Noto Sans", files: ["/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/noto/NotoSans-Regular.ttf"] },
  { family: "Liberation Sans", files: ["/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/liberation/LiberationSans-Regular.ttf"] },
];

export interface ChartFont {
  family: string;
  /** Empty when no known font was found: the renderer then falls back to the system's fonts. */
  files: string[];
}

export function findChartFont(exists: (path: string) => boolean = existsSync): ChartFont {
  for (const c of CANDIDATES) {
    const file = c.files.find(exists);
    if (file) return { family: c.family, files: [file, file.replace(/\.ttf$/, "-Bold.ttf").replace("Regular-Bold", "Bold")].filter(exists) };
  }
  return { family: "sans-serif", files: [] };
}
