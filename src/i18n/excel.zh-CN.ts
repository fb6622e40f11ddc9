import type { ExcelMessages } from "./excelMessages";

/** 加载项关于 Excel 的中文提示。 */
export const excelZhCN: ExcelMessages = {
  protectedSheet: (s) => `工作表“${s}”受保护。请先撤销保护（审阅 > 撤销工作表保护）再运行；未写入任何内容。`,
  cellEditMode: "Excel 正在编辑单元格。请按 Enter 或 Esc 退出编辑后再运行。",
  emptySheet: (s) => `工作表“${s}”为空，没有可分级的数据。`,
  tooLarge: (rows, cols) => `输出需要在 ${rows} 行旁写入 ${cols} 列，超出 Excel 的限制；未写入任何内容。`,
  payloadTooLarge: "即使拆分到最小，Excel 仍拒绝接收数据；未继续写入。",
  apiMissing: (set) => `此版本的 Excel 不支持分级所需的 ${set}。请更新 Office 或使用网页版 Excel。`,
  noRoom: (s) => `工作表“${s}”的数据右侧没有空列可写入分级结果。`,
  unknown: (d) => `Excel 报告错误：${d}`,
  partialWrite: (w) => `写入中途停止。已写入：${w}。您自己的单元格未被改动；请再次运行以完成。`,
  nothingWritten: "尚未写入任何内容",
  writtenColumns: (c, r) => `${c} 个分级列（${r} 行）`,
  writtenSheets: (names) => `工作表${names.map((n) => `“${n}”`).join("、")}`,
  rerunDone: (n, p, d, a) => `已按保存的规则对 ${n} 家客户分级：晋级 ${p} 家，降级 ${d} 家，新增 ${a} 家。`,
  rerunNoSettings: "工作簿中尚无保存的规则：已按默认规则分级。可打开任务窗格调整规则。",
  rerunTitle: "渠道分级",
};
