import fc from "fast-check";
import {
  escapeXml,
  criteriaColumns,
  stringItemText,
  unescapeXml,
  withoutFilterColumns,
} from "../../../src/xlsx/xml";

/** escapeXml as first written: every pass over every text (the fast paths must agree with it). */
function plainEscape(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    )
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

describe("string items as writers store them", () => {
  it.each([
    ["<t>经销商01</t>", "经销商01"],
    ['<t xml:space="preserve"> A &amp; B </t>', " A & B "],
    ["<r><rPr><b/></rPr><t>经销</t></r><r><t>商01</t></r>", "经销商01"],
    ['<t>经销商</t><rPh sb="0" eb="3"><t>jingxiaoshang</t></rPh>', "经销商"],
    ["<x:r><x:t>Dealer</x:t></x:r><x:r><x:t> 1</x:t></x:r>", "Dealer 1"],
    ["<t>line_x000D_break</t>", "line\rbreak"],
    ["<t/>", ""],
    ["", ""],
  ])("%s reads as %p", (xml, text) => {
    expect(stringItemText(xml)).toBe(text);
  });

  it("escapes what XML and Excel cannot hold, and reads it back", () => {
    for (const text of [
      'a < b & "c"',
      "=1+1",
      "tab\there",
      "bell\u0007",
      "_x0041_ stays literal",
      "纯文本",
    ]) {
      const escaped = escapeXml(text);
      // No markup character, no control character, and every & begins an entity.
      expect(escaped.includes("\u0007")).toBe(false);
      expect(escaped).not.toMatch(/[<"]|&(?!amp;|lt;|gt;|quot;)/);
      expect(stringItemText(`<t>${escaped}</t>`)).toBe(text);
    }
    expect(unescapeXml("&#x4E2D;&#25991;")).toBe("中文");
  });
});

describe("escaping, as fast as the text allows", () => {
  it("escapes any text as every pass over it would (notes with 占<0.1%, surrogates, controls, _xHHHH_)", () => {
    const piece = fc.constantFrom(
      "占<0.1%",
      "&",
      '"',
      ">",
      "_x0041_",
      "\uD83D\uDE00",
      "\uD83D",
      "\uDE00",
      "\u0007",
      "\uFFFE",
      "\t",
      "经销商",
      "a",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }),
          fc.array(piece).map((p) => p.join("")),
        ),
        (text) => {
          expect(escapeXml(text)).toBe(plainEscape(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("an AutoFilter's criteria, by filterColumn (ECMA-376 18.3.2.7)", () => {
  const filter =
    '<autoFilter ref="A1:F31"><filterColumn colId="2"><filters><filter val="East"/></filters></filterColumn>' +
    '<x:filterColumn colId="4"><x:customFilters><x:customFilter operator="greaterThan" val="5"/></x:customFilters></x:filterColumn>' +
    '<filterColumn colId="5" hiddenButton="1"/><sortState ref="A2:F31"/></autoFilter>';

  it("lists the columns that hold one, whatever the prefix (a button's setting alone is none)", () => {
    expect(criteriaColumns(filter)).toEqual([2, 4]);
    expect(criteriaColumns('<autoFilter ref="A1:C9"/>')).toEqual([]);
  });

  it("drops those picked and keeps every other child as it was", () => {
    const kept = withoutFilterColumns(filter, (colId) => colId >= 4);
    expect(criteriaColumns(kept)).toEqual([2]);
    expect(kept).toBe(
      '<autoFilter ref="A1:F31"><filterColumn colId="2"><filters><filter val="East"/></filters></filterColumn><sortState ref="A2:F31"/></autoFilter>',
    );
  });
});
