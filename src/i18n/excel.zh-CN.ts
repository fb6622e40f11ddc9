import type { ExcelMessages } from "./excelMessages";
import { changesZh } from "./format";

/** 加载项关于 Excel 的中文提示。 */
export const excelZhCN: ExcelMessages = {
  protectedSheet: (s) => `工作表“${s}”受保护。请先撤销保护（审阅 > 撤销工作表保护）再运行；未写入任何内容。`,
  cellEditMode: "Excel 正在编辑单元格。请按 Enter 或 Esc 退出编辑后再运行。",
  emptySheet: (s) => `工作表“${s}”为空，没有可分级的数据。`,
  tableColumnsAfterOurs: (table, ours) =>
    `表格“${table}”中，本加载项写入的列（${ours.map((h) => `“${h}”`).join("、")}）右侧还有您自己的列，移除会把它们一并移出表格。请先手动删除本加载项的列（右键单击列标题 › 删除 › 表列），再撤销分级。未做任何更改。`,
  hiddenDataSheet: (active, hidden) =>
    `工作表“${active}”中没有含经销商名称列的表头，其他可见的工作表也没有；隐藏的工作表“${hidden}”中有。要对它分级，请右键单击工作表标签，选择“取消隐藏”，取消隐藏“${hidden}”后选中该表再运行。未写入任何内容。`,
  tooLarge: (rows, cols) =>
    `输出需要在 ${rows}\u00a0行旁写入 ${cols}\u00a0列，超出 Excel 的限制；未写入任何内容。`,
  payloadTooLarge: "即使拆分到最小，Excel 仍拒绝接收数据；未继续写入。",
  apiMissing: (set) => `此版本的 Excel 不支持分级所需的 ${set}。请更新 Office 或使用网页版 Excel。`,
  noRoom: (s) => `工作表“${s}”的数据右侧没有空列可写入分级结果。`,
  unknown: (d) => `Excel 报告错误：${d}`,
  removeProtected:
    "工作簿结构受保护，无法清除保存的分级数据。请先撤销保护（审阅 > 保护工作簿）再试；未清除任何内容。",
  removeTieringProtected:
    "工作簿结构受保护，无法删除分级时添加的工作表。请先撤销保护（审阅 > 保护工作簿）再试；未做任何更改。",
  protectedWorkbook:
    "工作簿结构受保护，无法添加分级策略工作表。请先取消保护（审阅 > 保护工作簿）后重新运行；未写入任何内容。",
  invalidOperation:
    "Excel 当前状态下拒绝了此操作（可能有对话框或其他加载项正在使用工作簿）。请关闭后重新运行。",
  tooManyCells:
    "单次操作的单元格过多，Excel 拒绝执行。请少选一些行或列（或让加载项读取已用区域）后重新运行。",
  invalidSelection: "所选内容不是一个连续区域。请只选一个区域，或关闭“使用我的选区”。",
  activityLimit: "Excel 正忙于处理加载项的大量请求，请稍候再运行。",
  sessionExpired: "网页版 Excel 与此工作簿的连接已断开。请刷新页面后重新运行。",
  responseTooLarge: "即使分成小块，Excel 也无法传回该工作表（单元格内文字过长）。请少选几列后重新运行。",
  partialWrite: (text, w) =>
    `${text}${/[。！？]$/.test(text) ? "" : "。"}写入中途停止。已写入：${w}。您自己的单元格未被改动；请再次运行以完成。`,
  nothingWritten: "尚未写入任何内容",
  writtenColumns: (c, r) => `${c}\u00a0个分级列（${r}\u00a0行）`,
  writtenSheets: (names) => `工作表${names.map((n) => `“${n}”`).join("、")}`,
  writtenSeparator: "；",
  rerunDone: (n, changes, saved) =>
    `已按${saved ? "保存的" : "默认"}规则对 ${n}\u00a0家客户分级。${changes ? `较上次分级：${changesZh(changes, "\u00a0", true)}。` : ""}`,
  rerunNoSettings: "工作簿中尚无保存的规则，可打开任务窗格调整规则。",
  rerunChooseColumn: "请打开任务窗格，在“列映射”中指定该列。",
  rerunCellSelected: (cell, hidden) =>
    hidden
      ? `已选中单元格 ${cell}；该行已隐藏（筛选或手动隐藏），清除筛选或取消隐藏后才能看到。`
      : `已选中单元格 ${cell}。`,
  rerunTitle: "渠道分级",
};
