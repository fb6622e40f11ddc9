import { detectColumns } from "../../../src/engine";
import { getMessages } from "../../../src/i18n";
import { columnCounts } from "../../../src/taskpane/components/ColumnsSection";
import type { DoorResult } from "../../../src/taskpane/door";

const zh = getMessages("zh-CN");
const counts = (values: (string | number | null)[][]) => {
  const header = detectColumns(values, {
    outputHeaders: Object.fromEntries(Object.entries(zh.engine.outputHeader).map(([k, v]) => [k, [v]])),
  });
  return columnCounts({ outcome: { header } } as unknown as DoorResult);
};

describe("the columns' summary line", () => {
  it("counts the sheet's own columns, not the fields the add-in knows", () => {
    // Four columns with a header, three read: it said "3/26 列", as if 23 were left unread.
    const c = counts([
      ["经销商名称", "年销售额（万元）", "区域", "门店照片"],
      ["华联商贸", 120, "华东", "见附件"],
    ]);
    expect(c).toEqual({ recognised: 3, total: 4, toCheck: 0 });
    expect(zh.ui.columnsSummary(c.recognised, c.total, c.toCheck)).toBe("表中 4\u00a0列，已识别 3\u00a0列。");
    expect(getMessages("en-US").ui.columnsSummary(3, 4, 1)).toBe(
      "3 of the sheet's 4 columns recognised; 1 to check.",
    );
  });

  it("leaves out the run's own columns from an earlier run, and blank headers", () => {
    const c = counts([
      ["经销商名称", "年销售额（万元）", null, zh.engine.outputHeader.tier, zh.engine.outputHeader.note],
      ["华联商贸", 120, null, "重点客户", "……"],
    ]);
    expect([c.recognised, c.total]).toEqual([2, 2]);
  });

  it("counts the remarks as read: their days overdue set the credit", () => {
    const c = counts([
      ["经销商名称", "年销售额（万元）", "备注", "门店照片"],
      ["华联商贸", 120, "已逾期120天", "见附件"],
    ]);
    expect([c.recognised, c.total]).toEqual([3, 4]);
  });

  it("counts each month of sales summed as a column read", () => {
    const c = counts([
      ["经销商名称", "1月销售额（万元）", "2月销售额（万元）", "3月销售额（万元）"],
      ["华联商贸", 10, 12, 9],
    ]);
    expect([c.recognised, c.total]).toEqual([4, 4]);
  });
});
