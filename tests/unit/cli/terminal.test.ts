import { terminalText } from "../../../src/cli/terminal";

describe("text from a workbook on its way to a terminal", () => {
  it("shows control characters as their pictures, so nothing runs and a line stays one line", () => {
    expect(terminalText("A\u001b[2J\u000bB\tC\u0000\u007f")).toBe("A␛[2J␋B␉C␀␡");
  });

  it("shows a line break in a cell as one space, so a header typed on two lines reads as one", () => {
    expect(terminalText("年销售额\n（万元）")).toBe("年销售额（万元）");
    expect(terminalText("客户\r\n名称 / Customer\nName")).toBe("客户名称 / Customer Name");
    expect(terminalText("2025年\nSales")).toBe("2025年 Sales");
    expect(terminalText("Annual \r\n Sales\rQ1\u2028x")).toBe("Annual Sales Q1 x");
    // A forged finding stays on the line of the cell that holds it.
    expect(terminalText("A\n  - Row 5: fake")).not.toContain("\n");
  });

  it("blanks C1 controls and bidirectional overrides, and leaves every other text alone", () => {
    expect(terminalText("x\u009b31m\u202eevil\u2066")).toBe("x\ufffd31m\ufffdevil\ufffd");
    const plain = "第75行：重点客户“南昌瑞丰经销部”没有负责人；Row 3: 'Dealer 001' — 12% ✓ 🙂";
    expect(terminalText(plain)).toBe(plain);
  });
});
