import { terminalText } from "../../../src/cli/terminal";

describe("text from a workbook on its way to a terminal", () => {
  it("shows control characters as their pictures, so nothing runs and a line stays one line", () => {
    expect(terminalText("A\u001b[2J\nB\tC\r\u0000\u007f")).toBe("A␛[2J␊B␉C␍␀␡");
  });

  it("blanks C1 controls and bidirectional overrides, and leaves every other text alone", () => {
    expect(terminalText("x\u009b31m\u202eevil\u2066")).toBe("x\ufffd31m\ufffdevil\ufffd");
    const plain = "第75行：重点客户“南昌瑞丰经销部”没有负责人；Row 3: 'Dealer 001' — 12% ✓ 🙂";
    expect(terminalText(plain)).toBe(plain);
  });
});
