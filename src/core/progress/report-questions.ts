import type { Reply } from "../message.js";
import type { Task } from "../plan/schema.js";
import { setPending } from "./pending.js";
import type { Slots } from "./report-slots.js";
import { answer, tt, type Turn } from "./turn.js";

/** Asks once for everything missing and keeps what was already said for the answer. */
export function ask(turn: Turn, slots: Slots, text: string, choices: Reply["choices"], missing: string[]): Promise<Reply> {
  const pending = { key: turn.key, intent: "progress_update", slots: { ...slots }, missing, text: slots.text };
  return turn.store.update((d) => setPending(d, pending, turn.now)).then(() => answer(turn, "clarify", text, { choices, tasks: slots.tasks }));
}

export function askTask(turn: Turn, slots: Slots, mine: Task[], agency?: string): Promise<Reply> {
  const who = agency ? turn.plan.agencyName(agency) : tt(turn, "Bạn", "You");
  const list = mine.slice(0, 8).map((t) => t.id);
  const more = mine.length > 8 ? "…" : "";
  const leads = mine.length && agency ? tt(turn, ` ${who} đang chủ trì nhiệm vụ ${list.join(", ")}${more}.`, ` ${who} leads task(s) ${list.join(", ")}${more}.`) : "";
  const status = slots.status
    ? ""
    : tt(turn, " Và tình trạng: hoàn thành, đang thực hiện (bao nhiêu %), gặp vướng mắc (vì sao) hay chưa thực hiện?", " And its status: done, in progress (what %), blocked (why) or not started?");
  // The key is the task number itself, so typing "12" picks task 12, never the twelfth line.
  const choices = mine.slice(0, 8).map((t) => ({ key: t.id, label: t.short, value: `nhiệm vụ ${t.id}` }));
  return ask(turn, slots, `${tt(turn, "Nhiệm vụ nào?", "Which task?")}${leads}${status}`, choices, slots.status ? ["task"] : ["task", "status"]);
}

export function askStatus(turn: Turn, slots: Slots): Promise<Reply> {
  const ids = slots.tasks.join(", ");
  const choices = [
    { label: tt(turn, "Hoàn thành", "Done"), value: `nhiệm vụ ${ids} hoàn thành` },
    { label: tt(turn, "Đang thực hiện", "In progress"), value: `nhiệm vụ ${ids} đang thực hiện` },
    { label: tt(turn, "Gặp vướng mắc", "Blocked"), value: `nhiệm vụ ${ids} gặp vướng mắc` },
    { label: tt(turn, "Chưa thực hiện", "Not started"), value: `nhiệm vụ ${ids} chưa thực hiện` },
  ];
  return ask(
    turn,
    slots,
    tt(
      turn,
      `Nhiệm vụ ${ids} đang ở tình trạng nào: hoàn thành, đang thực hiện (bao nhiêu %), gặp vướng mắc (vì sao) hay chưa thực hiện?`,
      `What is the status of task ${ids}: done, in progress (what %), blocked (why) or not started?`,
    ),
    choices,
    ["status"],
  );
}

export function askNote(turn: Turn, slots: Slots): Promise<Reply> {
  const ids = slots.tasks.join(", ");
  return ask(
    turn,
    slots,
    tt(turn, `Bạn muốn ghi chú gì cho nhiệm vụ ${ids}? (Cơ quan phối hợp chỉ thêm được ghi chú.)`, `What note do you want to add to task ${ids}? (Cooperating agencies can only add notes.)`),
    undefined,
    ["note"],
  );
}
