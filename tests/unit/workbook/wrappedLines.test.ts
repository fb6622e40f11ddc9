import fc from "fast-check";
import { displayWidth, wrappedLines } from "../../../src/workbook/planWrite";
import { wrapText } from "../../../src/workbook/textWidth";

/** The plain definition the one-pass code must agree with: split after break characters, measure words. */
function referenceWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000
        ? 2
        : 1;
  }
  return w;
}

function referenceLines(v: string, width: number): number {
  if (v === "") return 1;
  const room = Math.max(1, width - 1);
  let lines = 1;
  let used = 0;
  for (const word of v.split(/(?<=[ \t\n\r\v\f\u00a0\u3000，。；、,;])/)) {
    const w = referenceWidth(word);
    if (used > 0 && used + referenceWidth(word.replace(/[ \t\n\r\v\f\u00a0\u3000]+$/, "")) > room) {
      lines++;
      used = 0;
    }
    used += w;
    while (used > room) {
      lines++;
      used -= room;
    }
  }
  return lines;
}

const pieces = [
  "年销售额",
  "317万元",
  "，",
  "。",
  "；",
  "、",
  " ",
  "\n",
  "a",
  "Key",
  ",",
  ";",
  "𠀀",
  "😀",
  "ｘ",
  "占22.5%",
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(""));

describe("wrappedLines and displayWidth (one pass over the text)", () => {
  it("agree with the plain definition on mixed Chinese and Latin text", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 80 }), (t, width) => {
        expect(displayWidth(t)).toBe(referenceWidth(t));
        expect(wrappedLines(t, width)).toBe(referenceLines(t, width));
      }),
      { numRuns: 2000 },
    );
  });

  it("agree with the range tests they were written with, on any UTF-16 (lone surrogates too), unit by unit", () => {
    // The one-pass measure as it was before its look-up table: each unit's width and breaks by ranges.
    const wide = (c: number): boolean =>
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6);
    const space = (c: number): boolean =>
      c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000;
    const breaks = (c: number): boolean =>
      space(c) || c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0x3001 || c === 0x2c || c === 0x3b;
    const byRanges = (v: string, width: number): number => {
      const room = Math.max(1, width - 1);
      let lines = 1;
      let used = 0;
      let word = 0;
      for (let i = 0; i < v.length;) {
        const c = v.charCodeAt(i);
        const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < v.length;
        const w = pair ? (c >= 0xd840 ? 2 : 1) : wide(c) ? 2 : 1;
        i += pair ? 2 : 1;
        word += w;
        if (!breaks(c) && i < v.length) continue;
        const trimmed = space(c) ? word - w : word;
        if (used > 0 && used + trimmed > room) {
          lines++;
          used = 0;
        }
        used += word;
        while (used > room) {
          lines++;
          used -= room;
        }
        word = 0;
      }
      return v === "" ? 1 : lines;
    };
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(...pieces, "\uD83D", "\uDE00", "\u3000", "\u00A0", "\uFF0C", "\uFFE6", "\uFFE7"),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), fc.integer({ min: 1, max: 80 }), (units, width) => {
        const t = units.join("");
        expect(wrappedLines(t, width)).toBe(byRanges(t, width));
      }),
      { numRuns: 3000 },
    );
  });

  it("counts lines as a reader sees them", () => {
    expect(wrappedLines("年销售额317万元，占22.5%；重点客户小组统筹", 20)).toBe(3);
    expect(wrappedLines("short", 20)).toBe(1);
    expect(displayWidth("重点客户 A")).toBe(10);
  });
});

describe("wrapText: lines for a printed page", () => {
  it("breaks where wrappedLines breaks, and cuts a word longer than a line", () => {
    expect(wrapText("one two three", 9)).toEqual(["one two", "three"]);
    expect(wrapText("重点客户，普通客户，意向客户", 12)).toEqual(["重点客户，", "普通客户，", "意向客户"]);
    expect(wrapText("abcdefghij", 5)).toEqual(["abcd", "efgh", "ij"]);
    expect(wrapText("short", 40)).toEqual(["short"]);
  });

  it("gives lines none too wide, none starting with a space, the text kept", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z 重点，,。\t]{0,80}$/),
        fc.integer({ min: 3, max: 30 }),
        (text, width) => {
          const lines = wrapText(text, width);
          for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width - 1);
          expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
          for (const line of lines) expect(line).not.toMatch(/^\s/);
        },
      ),
    );
  });
});
