import fc from "fast-check";
import type { Cell } from "../../../src/engine";
import { getMessages } from "../../../src/i18n";
import { fitNames } from "../../../src/workbook/strategySheet";
import { displayWidth } from "../../../src/workbook/textWidth";
import { run } from "../../helpers/sheet";

const zh = getMessages("zh-CN");
const en = getMessages("en-US");

describe("the owners' key accounts on the printed strategy sheet", () => {
  it("lists as many names as fit and counts the rest, in both languages", () => {
    const names = ["贵阳鑫源建材商行", "太原华信实业有限公司", "福州永盛经销部", "重庆瑞丰建材商行"];
    expect(fitNames(names, 70, zh)).toBe("贵阳鑫源建材商行、太原华信实业有限公司、福州永盛经销部等4家");
    expect(fitNames(names.slice(0, 2), 70, zh)).toBe("贵阳鑫源建材商行、太原华信实业有限公司");
    const english = [
      "Guiyang Xinyuan Building Supplies",
      "Taiyuan Huaxin Industrial Co.",
      "Fuzhou Yongsheng",
    ];
    expect(fitNames(english, 80, en)).toBe(
      "Guiyang Xinyuan Building Supplies, Taiyuan Huaxin Industrial Co. and 1 more",
    );
    expect(fitNames(english, 70, en)).toBe("Guiyang Xinyuan Building Supplies and 2 more");
    // One name is shown whole, however long.
    expect(
      fitNames(["一个名字很长很长很长很长很长很长很长很长很长很长很长很长很长很长的经销商"], 20, zh),
    ).toBe("一个名字很长很长很长很长很长很长很长很长很长很长很长很长很长很长的经销商");
  });

  it("never runs past its width unless one name alone does, and keeps the names in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z甲乙丙丁华东西南北]{1,14}$/), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 10, max: 90 }),
        fc.constantFrom(zh, en),
        (names, width, messages) => {
          const text = fitNames(names, width, messages);
          const whole = messages.engine.list(names);
          if (text === whole) return names.length === 1 || displayWidth(whole) <= width;
          // Cut: the shown names are the first ones, and the count says how many there are.
          const shown = text.slice(0, text.lastIndexOf(messages === zh ? "等" : " and "));
          expect(whole.startsWith(shown)).toBe(true);
          if (displayWidth(text) > width) {
            expect(shown).toBe(names[0]);
          }
          const count = Number(/(\d+)(家| more)$/.exec(text)?.[1]);
          const listed = shown.split(messages === zh ? "、" : ", ").length;
          expect(messages === zh ? count : count + listed).toBe(names.length);
          return true;
        },
      ),
    );
  });

  it("keeps an owner's list of key accounts within the printed page", () => {
    const values: Cell[][] = [["经销商名称", "年销售额（万元）", "负责人"]];
    for (let i = 0; i < 60; i++)
      values.push([`第${i + 1}号华信实业有限公司`, 1000 - i, i < 6 ? "王芳" : "张伟"]);
    const sheet = run(values).plan!.strategySheet;
    const wang = sheet.rows.find((r) => r.cells[0] === "王芳");
    const listed = wang?.cells[6] as string;
    expect(listed).toMatch(/^第1号华信实业有限公司、第2号华信实业有限公司等6家$/);
    const widths = sheet.columnWidths;
    expect(displayWidth(listed)).toBeLessThanOrEqual((widths[6] ?? 0) + (widths[7] ?? 0) + (widths[8] ?? 0));
  });
});
