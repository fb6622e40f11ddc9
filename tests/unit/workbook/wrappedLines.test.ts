import fc from "fast-check";
import { displayWidth, wrappedLines } from "../../../src/workbook/planWrite";
import {
  LINE_POINTS,
  MAX_ROW_POINTS,
  WIDE_LINE_POINTS,
  columnPoints,
  digitPixelsOf,
  linePoints,
  wrappedHeight,
  wrapText,
} from "../../../src/workbook/textWidth";

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

  it("agree with the plain definition on any character of the Basic Multilingual Plane, the width table's edges among them", () => {
    // Each range of wide characters at its edges and one past them, and every break character.
    const edges = [0x1100, 0x115f, 0x2e80, 0xa4cf, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe30, 0xfe4f]
      .concat([0xff00, 0xff60, 0xffe0, 0xffe6])
      .flatMap((c) => [c - 1, c, c + 1]);
    const breaks = [
      0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x3000, 0xff0c, 0x3002, 0xff1b, 0x3001, 0x2c, 0x3b,
    ];
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).filter((c) => c < 0xd800 || c > 0xdfff),
      fc.constantFrom(...edges, ...breaks),
    );
    const mixed = fc
      .array(
        fc.oneof(
          unit.map((c) => String.fromCharCode(c)),
          fc.constantFrom(...pieces),
        ),
        { maxLength: 60 },
      )
      .map((xs) => xs.join(""));
    fc.assert(
      fc.property(mixed, fc.integer({ min: 1, max: 80 }), (t, width) => {
        expect(displayWidth(t)).toBe(referenceWidth(t));
        expect(wrappedLines(t, width)).toBe(referenceLines(t, width));
      }),
      { numRuns: 3000 },
    );
    // Half a surrogate pair alone at the end takes one column.
    expect(displayWidth("ab\uD83D")).toBe(3);
    expect(wrappedLines("ab\uD83D", 3)).toBe(2);
  });

  it("counts lines as a reader sees them", () => {
    expect(wrappedLines("年销售额317万元，占22.5%；重点客户小组统筹", 20)).toBe(3);
    expect(wrappedLines("short", 20)).toBe(1);
    expect(displayWidth("重点客户 A")).toBe(10);
  });
});

describe("wrappedHeight: the points a row needs for its wrapped text", () => {
  it("gives a line with Chinese the taller line of a CJK font, Latin text Excel's 15 points", () => {
    // Three lines of a note printed in 45 points by LibreOffice lost the top of their first line.
    const note = "本期销售额为0；重点客户小组统筹销售、市场、技术、生产，超越客户期望；由公司团队直接对接";
    expect(wrappedLines(note, 40)).toBe(3);
    expect(wrappedHeight(note, 40)).toBe(3 * 16.5);
    expect(wrappedHeight("a fairly long reason that wraps", 12)).toBe(3 * 15);
    // One Chinese character among Latin text is enough: its glyph comes from the CJK font.
    expect(wrappedHeight("Key account: 重 and a fairly long reason", 12)).toBe(5 * 16.5);
    expect(WIDE_LINE_POINTS).toBeGreaterThan(LINE_POINTS);
  });

  it("is 0 for text on one line (the row keeps its height), and stops at the most lines asked", () => {
    expect(wrappedHeight("短", 10)).toBe(0);
    expect(wrappedHeight("short", 10)).toBe(0);
    expect(wrappedHeight(null, 10)).toBe(0);
    expect(wrappedHeight(12345, 2)).toBe(0);
    expect(wrappedHeight("重点客户，".repeat(20), 12, 6)).toBe(6 * 16.5);
  });

  it("is the lines wrappedLines counts times the line of the text's script, at most Excel's tallest row", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join("")),
        fc.integer({ min: 1, max: 60 }),
        (t, width) => {
          const lines = wrappedLines(t, width);
          const wide = [...t].some((ch) => referenceWidth(ch) === 2);
          expect(wrappedHeight(t, width)).toBe(
            lines > 1 ? Math.min(MAX_ROW_POINTS, lines * (wide ? WIDE_LINE_POINTS : LINE_POINTS)) : 0,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("linePoints: a wrapped line's height in the workbook's base font", () => {
  it("is Excel's 11-point line at 11 points, and scales in whole pixels with the size", () => {
    expect([linePoints(11, false), linePoints(11, true)]).toEqual([LINE_POINTS, WIDE_LINE_POINTS]);
    // Excel's default row for Calibri 14 is 25 pixels, 18.75 points; a line of Chinese in it 28 pixels.
    expect([linePoints(14, false), linePoints(14, true)]).toEqual([18.75, 21]);
    // LibreOffice's default, Arial 10: 18 and 20 pixels.
    expect([linePoints(10, false), linePoints(10, true)]).toEqual([13.5, 15]);
    // A size no stylesheet should hold is taken as 11.
    expect([linePoints(0, false), linePoints(Number.NaN, true)]).toEqual([LINE_POINTS, WIDE_LINE_POINTS]);
  });

  it("grows with the size, a whole number of pixels, never less than the size itself", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 800 }).map((n) => n / 10),
        fc.boolean(),
        (size, wide) => {
          const line = linePoints(size, wide);
          expect(Number.isInteger(line / 0.75)).toBe(true);
          expect(line).toBeGreaterThanOrEqual(size);
          expect(linePoints(size + 1, wide)).toBeGreaterThanOrEqual(line);
        },
      ),
    );
  });

  it("makes a row of wrapped text that much taller, up to Excel's tallest row", () => {
    // Found by looking: a workbook whose base font is 14 points had three lines of an English note in
    // 45 points, their first line cut off in LibreOffice's print.
    const note = "Sales ¥45K (<0.1% of total), +28.6% YoY; routine coverage by the rep, service kept steady";
    expect(wrappedHeight(note, 40)).toBe(3 * 15);
    expect(wrappedHeight(note, 40, 6, 14)).toBe(3 * 18.75);
    expect(wrappedHeight("重点客户，".repeat(20), 12, 6, 14)).toBe(6 * 21);
    expect(wrappedHeight("重点客户，".repeat(20), 12, 6, 72)).toBe(MAX_ROW_POINTS);
    expect(wrappedHeight("short", 40, 6, 14)).toBe(0);
  });
});

describe("columnPoints and digitPixelsOf: a file's column width in the add-in's points", () => {
  it("gives the pixels ISO/IEC 29500-1 §18.3.1.13 gives a <col width>, 0.75 points each", () => {
    // The standard's example: 8 characters of Calibri 11 (digit 7 pixels) are stored as 8.7109375, 61 pixels.
    expect(columnPoints(8.7109375)).toBe(61 * 0.75);
    // Excel's default column, 8.43 characters: stored 9.140625, 64 pixels, 48 points.
    expect(columnPoints(9.140625)).toBe(48);
    // A plan's whole widths: 7 pixels each at Calibri 11, 8 at 等线 11.
    expect([columnPoints(10), columnPoints(56)]).toEqual([52.5, 294]);
    expect([columnPoints(10, 8), columnPoints(56, 8)]).toEqual([60, 336]);
    // A digit no font has is Calibri's; a width below nothing is nothing.
    expect([columnPoints(10, 0), columnPoints(10, Number.NaN), columnPoints(-3)]).toEqual([52.5, 52.5, 0]);
  });

  it("is a whole number of pixels, grows with the width and the digit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2550 }).map((n) => n / 10),
        fc.integer({ min: 3, max: 40 }),
        (w, d) => {
          const points = columnPoints(w, d);
          expect(Number.isInteger(points / 0.75)).toBe(true);
          expect(columnPoints(w + 0.1, d)).toBeGreaterThanOrEqual(points);
          expect(columnPoints(w, d + 1)).toBeGreaterThanOrEqual(points);
          // Within a pixel of the width's digits, stored widths holding their 5 pixels of padding.
          expect(Math.abs(points / 0.75 - w * d)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("reads the digit back from a column at the standard width", () => {
    expect(digitPixelsOf(48, 8.43)).toBe(7); // Calibri 11: 64 pixels
    expect(digitPixelsOf(54, 8.38)).toBe(8); // 等线 11, Chinese Excel's default: 72 pixels
    // Whatever the digit and the standard width, a column drawn as the standard says gives it back.
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 14 }),
        fc.integer({ min: 100, max: 2000 }).map((n) => n / 100),
        (d, sw) => {
          const points = (Math.round(sw * d) + 5) * 0.75;
          expect(digitPixelsOf(points, sw, Math.round((d * 11) / 7))).toBe(d);
        },
      ),
    );
  });

  it("falls back to Calibri's digit at the base size where the column says nothing usable", () => {
    expect(digitPixelsOf(undefined, 8.43)).toBe(7);
    expect(digitPixelsOf(0, 8.43)).toBe(7); // a hidden column
    expect(digitPixelsOf(null, 8.43, 14)).toBe(9);
    expect(digitPixelsOf(48, 0.5, 11)).toBe(7); // a standard width below one character
    // A sheet whose standard width was set to 1 character and a 64-pixel column: 59 pixels a digit.
    expect(digitPixelsOf(48, 1, 11)).toBe(7);
    expect(digitPixelsOf(Number.POSITIVE_INFINITY, 8.43, 16)).toBe(10);
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
