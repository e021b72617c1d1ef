import { describe, expect, it } from "vitest";
import { groupMention, messageDate, parseUpdates, senderName, updateKey } from "../../../src/adapters/zalo/updates.js";
import { textUpdate } from "./support.js";

describe("parseUpdates", () => {
  it("accepts wrapped, bare and array bodies and skips what is not an update", () => {
    const u = textUpdate("Xin chào", { id: "2d758cb5e222177a4e35" });
    expect(parseUpdates({ ok: true, result: u })).toHaveLength(1);
    expect(parseUpdates(u)[0]!.message!.text).toBe("Xin chào");
    expect(parseUpdates({ ok: true, result: [u, u] })).toHaveLength(2);
    expect(parseUpdates({})).toEqual([]);
    expect(parseUpdates(null)).toEqual([]);
    expect(parseUpdates({ ok: true, result: { message: {} } })).toEqual([]);
    expect(updateKey(u)).toBe("zalo:message.text.received:2d758cb5e222177a4e35");
  });

  it("reads numeric ids as strings", () => {
    const [u] = parseUpdates({ event_name: "message.text.received", message: { from: { id: 42 }, chat: { id: 42 }, text: "a", message_id: 7 } });
    expect(u!.message!.from.id).toBe("42");
    expect(updateKey(u!)).toBe("zalo:message.text.received:7");
  });
});

describe("message fields", () => {
  const msg = (over: object) => parseUpdates({ ...textUpdate("a"), message: { ...textUpdate("a").message, ...over } })[0]!.message!;
  it("takes the name from display_name, name or first_name", () => {
    expect(senderName(msg({ from: { id: "1", display_name: "Ted" } }))).toBe("Ted");
    expect(senderName(msg({ from: { id: "1", name: "Lan" } }))).toBe("Lan");
    expect(senderName(msg({ from: { id: "1", first_name: "Hùng" } }))).toBe("Hùng");
    expect(senderName(msg({ from: { id: "1" } }))).toBeUndefined();
  });
  it("reads dates in milliseconds or seconds and falls back when missing", () => {
    const received = new Date(1750316135000);
    expect(messageDate(msg({ date: 1750316131602 }), received).getTime()).toBe(1750316131602);
    expect(messageDate(msg({ date: 1750316131 }), received).getTime()).toBe(1750316131000);
    expect(messageDate(msg({ date: "1750316131602" }), received).getTime()).toBe(1750316131602);
    expect(messageDate(msg({ date: undefined }), received)).toBe(received);
  });
  it("does not believe a client time more than a day from receipt", () => {
    const received = new Date("2026-03-20T02:00:00.000Z");
    // 2000-01-01 in milliseconds: once read as seconds, it was stored as the year 31969.
    expect(messageDate(msg({ date: 946684800000 }), received)).toBe(received);
    expect(messageDate(msg({ date: 946684800 }), received)).toBe(received);
    expect(messageDate(msg({ date: received.getTime() + 25 * 3600_000 }), received)).toBe(received);
    expect(messageDate(msg({ date: received.getTime() - 25 * 3600_000 }), received)).toBe(received);
    expect(messageDate(msg({ date: received.getTime() - 23 * 3600_000 }), received).getTime()).toBe(received.getTime() - 23 * 3600_000);
    expect(messageDate(msg({ date: Number.MAX_VALUE }), received)).toBe(received);
  });
  it("recognises a mention by name (stripped from the text) or by id", () => {
    expect(groupMention(msg({ text: "@CCHC Bot   nhiệm vụ 13" }), { id: "b1", name: "CCHC Bot" })).toEqual({ addressed: true, text: "nhiệm vụ 13" });
    expect(groupMention(msg({ text: "chuyện khác" }), { id: "b1", name: "CCHC Bot" }).addressed).toBe(false);
    expect(groupMention(msg({ text: "ừ", reply_to_message: { from: { id: "b1" } } }), { id: "b1" }).addressed).toBe(true);
  });
});
