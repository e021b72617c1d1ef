import { performance } from "node:perf_hooks";
import { testBot } from "../helpers/bot.js";

// A mixed set: periods, tasks by number and by words, agencies, targets, topics, misses, English, no diacritics.
export const QUESTIONS = [
  "Quý II có những nhiệm vụ nào?",
  "nhiem vu nao den han quy 1",
  "What is due in Q4?",
  "Tháng 8 phải xong nhiệm vụ nào?",
  "Ai chủ trì nhiệm vụ 13?",
  "nv 24 ai phoi hop",
  "Who leads task 11?",
  "Đề án kho dữ liệu dùng chung do ai chủ trì?",
  "so tu phap co nhiem vu gi",
  "Văn phòng UBND tỉnh chủ trì những việc gì?",
  "Sở TT&TT phối hợp những nhiệm vụ nào?",
  "chỉ tiêu số hóa hồ sơ cấp xã bao nhiêu?",
  "tỷ lệ thanh toán trực tuyến",
  "Sở Nội vụ theo dõi những chỉ tiêu nào?",
  "Các nhiệm vụ cải cách thể chế",
  "nhiệm vụ 42 là gì",
  "hôm nay ăn gì",
  "help",
  "6 tháng đầu năm Sở Nội vụ phải làm gì",
  "shared data warehouse",
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function coreBench(rounds = 500) {
  const { ask } = testBot();
  for (let i = 0; i < 200; i++) await ask(QUESTIONS[i % QUESTIONS.length]!);
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const q of QUESTIONS) {
      const start = performance.now();
      await ask(q);
      times.push(performance.now() - start);
    }
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  return {
    questions: times.length,
    perSecond: Math.round(times.length / (wall / 1000)),
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    cpuPerQuestionMs: (cpu.user + cpu.system) / 1000 / times.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await coreBench();
  console.table([{ ...r, p50: `${r.p50.toFixed(3)} ms`, p99: `${r.p99.toFixed(3)} ms`, cpuPerQuestionMs: `${r.cpuPerQuestionMs.toFixed(3)} ms` }]);
}
