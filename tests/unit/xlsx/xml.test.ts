import { escapeXml, stringItemText, unescapeXml } from "../../../src/xlsx/xml";

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
