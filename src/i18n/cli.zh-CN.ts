import type { CliMessages } from "./cliMessages";
import { changesZh, formatInteger } from "./format";

const usage =
  "用法：channel-tiering <输入.xlsx|.csv> [--sheet 工作表] [--out 输出.xlsx] [--rules 规则.json] [--lang zh-CN|en-US] [--report 报告.json] [--map 字段=表头]… [--as-of 日期] [--in-place] [--quiet]\n      channel-tiering <输入.xlsx> --remove-saved|--remove-tiering [--out 输出.xlsx | --in-place]";

/** 分隔符的名称。 */
const DELIMITER_ZH: Readonly<Record<string, string>> = {
  ",": "逗号",
  ";": "分号",
  "\t": "制表符",
  "|": "竖线",
};

/** 命令行的中文文字。 */
export const cliZhCN: CliMessages = {
  usage,
  help: [
    "channel-tiering：将 .xlsx 工作表中的经销商分为重点客户、普通客户和意向客户，与 Excel 加载项的结果相同。",
    "",
    usage,
    "",
    "  <输入.xlsx>          要读取的工作簿（除非使用 --in-place，否则不会被修改）；",
    "                       也可读取 CSV 或制表符分隔的导出文件（.csv、.tsv、.txt；UTF-8、UTF-16 或 GBK 编码）",
    "  --sheet 工作表       要分级的工作表；默认：上次分级的工作表，否则活动工作表；",
    "                       活动工作表没有经销商表头时，取第一个有表头的其他工作表",
    "  --out 输出.xlsx      分级结果的保存位置；默认：输入文件旁的 <输入>.tiered.xlsx",
    "                       （启用宏的工作簿为 <输入>.tiered.xlsm，仍保留宏）",
    "  --rules 规则.json    使用的规则；默认：上次分级保存在工作簿中的规则，",
    "                       否则为默认规则（课程的10%与60/30/10）",
    "  --lang zh-CN|en-US   写入工作簿的语言（也可写 zh、en）；默认：根据表头判断",
    "  --report 报告.json   同时写出 JSON 报告：每一行、跳过的行和发现的问题",
    "  --map 字段=表头      手动指定列（可重复），写表头或列标（如 F）：",
    '                       --map name=经销商 --map revenue="2025年销售额" --map owner=F；',
    "                       字段：name、code、revenue、priorRevenue、growth、region、credit、overdue、",
    "                       marketShare、marketPotential、managementMode、salesMode、sensitivity、",
    "                       tenure、strategic、status、override、owner、lastVisit、competitor、intent、",
    "                       ownGrade、hold、creditLimit、balance、currency、ended；只替换该字段上次保存的列，",
    "                       其他字段沿用上次的指定；--map owner= （等号后留空）恢复为自动识别",
    "  --as-of 日期         按这一天计算下次复查和合作年限（YYYY-MM-DD，如 2025-12-31）；",
    "                       默认：今天",
    "  --in-place           先保留备份 <输入>.bak.xlsx，再覆盖输入文件（.bak-2.xlsx…依次保留）；",
    "                       工作簿中的图表、数据透视表、图片、宏等内容全部保留；不能与 --out 同用",
    "  --remove-saved       不分级：另存一份不含历次分级所存数据（规则、各客户上次的分级和销售额、分级记录）",
    "                       的副本，供发给团队以外的人；默认输出 <输入>.shareable.xlsx。对该副本再分级时，",
    "                       会当作从未分级过，在原有分级列和工作表之外另行写入",
    "  --remove-tiering     不分级：另存一份撤销分级后的工作簿（去掉分级写入的各列、分级策略表和变更记录表、",
    "                       分级时添加的冻结窗格和筛选、为分级列扩大的打印区域，以及保存的分级数据），",
    "                       与任务窗格中的“撤销分级…”效果相同；您自己的单元格、分级后所做的修改和工作表",
    "                       均保留；默认输出 <输入>.untiered.xlsx",
    "  --quiet              成功时不输出任何内容",
    "  --help               显示本帮助",
    "  --version            显示版本号",
    "",
    "退出码：0 成功；1 输入有误（标准错误输出一行说明，不写任何文件）；2 用法错误。",
  ].join("\n"),
  unknownOption: (o) => `未知选项 ${o}。`,
  missingValue: (o) => `选项 ${o} 需要一个值。`,
  missingInput: "请指定要分级的工作簿。",
  tooManyInputs: (extra) => `一次只能处理一个工作簿；多余的参数“${extra}”。`,
  badLanguage: (v) => `不支持的语言“${v}”：请使用 zh-CN 或 en-US。`,
  badDate: (v) => `--as-of 的日期“${v}”无效：请写成 YYYY-MM-DD，如 2025-12-31。`,
  fileMissing: (p) => `${p}：文件不存在。`,
  notAWorkbook: (p) => `${p}：不是 .xlsx 工作簿。`,
  lockFile: (p, w) =>
    `${p}：这是 Excel 打开“${w}”时生成的临时锁定文件，不是工作簿。请对“${w}”运行（如它仍在 Excel 中打开，先保存：命令行读取的是磁盘上的文件）。`,
  truncated: (p) => `${p}：工作簿已损坏或不完整，无法读取。`,
  unknownSheet: (s, all) => `没有名为“${s}”的工作表（现有工作表：${all.join("、")}）。`,
  rulesUnreadable: (p, line, column) =>
    `${p}：规则文件不是有效的 JSON（错误位于第 ${line} 行第 ${column} 列）。`,
  rulesInvalid: (p, d) => `${p}：${d}`,
  blocked: (messages, more) => {
    const text = messages.join("");
    return more > 0 ? `${text}（另有 ${more} 个问题）` : text;
  },
  cannotWrite: (p, d) => `${p}：无法写入（${d}）。`,
  encrypted: (p) =>
    `${p}：工作簿设置了打开密码。请在 Excel 中打开，去掉密码（文件 > 信息 > 保护工作簿）并保存后再运行。`,
  legacyXls: (p, renamed) =>
    renamed
      ? `${p}：这是 Excel 97-2003（.xls）格式的工作簿，只是扩展名不同。请在 Excel 或 WPS 表格中另存为 .xlsx 后再运行。`
      : `${p}：这是 Excel 97-2003（.xls）格式的工作簿，本工具读取的是 .xlsx（Excel 2007 及以后的格式）。请在 Excel 或 WPS 表格中另存为 .xlsx，或运行 soffice --headless --convert-to xlsx "${p}" 转换，再对 .xlsx 运行。`,
  wpsEt: (p) =>
    `${p}：这是 WPS 表格自己格式（.et）的文件，本工具读取的是 .xlsx。请在 WPS 表格中“另存为”Excel 工作簿（*.xlsx）后再运行。`,
  odsFile: (p) => `${p}：这是 OpenDocument（.ods）表格，不是 .xlsx 工作簿。请另存为 .xlsx 格式后再运行。`,
  xlsbFile: (p) => `${p}：这是 Excel 二进制（.xlsb）工作簿。请在 Excel 中另存为 .xlsx 后再运行。`,
  zipBomb: (p) => `${p}：已拒绝：该文件声称解压后的数据量远超任何工作簿（疑似压缩炸弹）。`,
  malformed: (p, place, problem) =>
    `${p}：工作簿已损坏：${place}${problem}。Excel 打开时也会提示“发现部分内容有问题”并尝试恢复。请在 Excel 中打开、恢复后另存，再运行；本次未写入任何文件。`,
  sheetPlace: (sheet, row, cell) =>
    `工作表“${sheet}”${row === undefined ? "" : `第 ${row} 行`}${cell === undefined ? "" : `（${cell} 单元格）`}`,
  partPlace: (part, line, column) =>
    `其中的 ${part}${line === undefined ? " " : `（第 ${line} 行第 ${column ?? 1} 列）`}`,
  xmlProblem: {
    ampersand: "有未转义的“&”（应写作 &amp;）",
    reference: "有 XML 不允许的字符引用",
    character: "有 XML 不允许的控制字符",
    tag: "有残缺的标记",
    mismatch: "有开、闭不配对的标记",
    attribute: "有格式错误的属性",
    duplicateAttribute: "有写了两次的属性",
    unclosed: "在结束前中断（有标记未闭合）",
    outsideRoot: "在根元素之外还有内容",
    doctype: "有工作簿不允许的 DTD 声明",
    encoding: "有不是 UTF-8 编码的文本",
    address: "有超出 Excel 表格范围或写法不对的单元格地址",
    missingPart: "缺失（工作簿列出了它，文件里却没有）",
  },
  noDataSheet: (p, sheets) =>
    `${p}：没有可分级的经销商工作表（只有：${sheets.join("、")}）。请用 --sheet 指定。`,
  phase: { reading: "读取", tiering: "分级", writing: "写入" },
  wrongExtension: (f, macros) =>
    macros
      ? `--out ${f}：该工作簿含有宏，Excel 只能以 .xlsm 文件打开：请把输出文件命名为 .xlsm。`
      : `--out ${f}：该工作簿不含宏，Excel 不会把它当作 .xlsm 打开：请把输出文件命名为 .xlsx。`,
  outputNotWorkbook: (f, ext) =>
    `--out ${f}：输出的是 Excel 工作簿，Excel 按扩展名打开它：请以 ${ext} 结尾命名。`,
  hiddenDataSheet: (active, hidden) =>
    `工作表“${active}”中没有含经销商名称列的表头，其他可见的工作表也没有；隐藏的工作表“${hidden}”中有。要对它分级，请加上 --sheet "${hidden}"。未写入任何内容。`,
  outFolderMissing: (d) => `输出文件所在的文件夹不存在：${d}`,
  outIsInput: (f) => `--out ${f} 就是输入文件：请换一个文件名，或使用 --in-place（会保留备份）。`,
  reportCollides: (r, other) => `--report ${r} 会覆盖 ${other}：请给报告换一个文件名。`,
  reportFolderMissing: (d) => `--report 所在的文件夹不存在：${d}`,
  outCollides: (f, other) => `--out ${f} 会覆盖 ${other}：请为输出文件换一个名字。`,
  outIsFolder: (f) => `--out ${f} 是文件夹：请指定输出文件名，例如 ${f}/tiered.xlsx。`,
  reportIsFolder: (f) => `--report ${f} 是文件夹：请指定报告文件名，例如 ${f}/report.json。`,
  inPlaceWithOut: "--in-place 会直接写回输入文件：--out 与 --in-place 只能用其一。",
  removeSavedWith: (flag, o) => `${flag} 不做分级，${o} 不起作用：请去掉 ${o} 或 ${flag}。`,
  removeTieringText: (f) => `--remove-tiering：${f} 是文本（CSV）文件，其中没有分级可撤销。`,
  nothingToRemove: (f) => `${f} 中没有渠道分级保存的分级，无需撤销：未写入任何内容。`,
  filterLeftHiding: (sheet) =>
    `工作表“${sheet}”的筛选同时按分级列和您自己的列筛选：分级列的筛选条件已随该列移除，您自己的条件保留，已隐藏的行仍保持隐藏。如需按您的条件重新显示，请在 Excel 中重新应用筛选（数据 › 重新应用）。`,
  removeSavedText: (f) => `--remove-saved：${f} 是文本（CSV）文件，其中没有保存的分级数据。`,
  nothingSaved: (f) => `${f} 中没有保存的分级数据：未写入任何内容。`,
  savedRemoved: (accounts, runs) =>
    accounts < 0
      ? "已清除工作簿中保存的分级数据。"
      : `已清除工作簿中保存的分级数据：规则、${formatInteger(accounts)} 家客户上次的分级和销售额、${formatInteger(runs)} 次分级记录。`,
  openElsewhere: (f, app, lock, inPlace) =>
    inPlace
      ? `--in-place：${f} 正在 ${app} 中打开（旁边有锁定文件 ${lock}），在 ${app} 中再保存会覆盖本次写入的分级：请先保存并关闭它，再运行（如 ${app} 并未打开它，删除该锁定文件即可）。未写入任何内容。`
      : `注意：${f} 正在 ${app} 中打开（旁边有锁定文件 ${lock}）：本次读取的是磁盘上已保存的内容，未保存的修改不在其中。`,
  inPlaceText: (f) =>
    `--in-place：${f} 是文本（CSV）文件，无法保存分级、策略建议和工作表：请去掉 --in-place，分级后的工作簿将以 .xlsx 保存在同一文件夹（或用 --out 指定文件名）。`,
  textNamedAsWorkbook: (f) =>
    `${f}：这是以工作簿扩展名保存的文本（CSV）文件，不是 .xlsx 工作簿。请将扩展名改为 .csv 后重新运行：CSV 文件按一个工作表读取。`,
  textTooLong: (f, mb) =>
    `${f}：文本共 ${formatInteger(mb)} MB，超过一次可读取的 480 MB。请在 Excel 中打开并另存为 .xlsx，再对其运行。`,
  textTooLarge: (f, rows, columns) =>
    `${f}：共 ${formatInteger(rows)} 行、${formatInteger(columns)} 列，超出工作表的容量（最多 1,048,576 行、16,384 列）。`,
  readAsText: (f, encoding, delimiter) =>
    `已按文本读取 ${f}：编码 ${encoding}，分隔符为${DELIMITER_ZH[delimiter] ?? delimiter}。`,
  isFolder: (p) => `${p} 是文件夹，不是 .xlsx 工作簿。`,
  mapTwice: (field, a, b) => `--map ${field} 指定了两次（“${a}”和“${b}”）：请只保留要用的那一个。`,
  badMapping: (v) =>
    `--map ${v}：请写成 字段=表头，例如 --map name=经销商；字段有 name、revenue、priorRevenue、region、owner 等。`,
  mapHint: (message, field, header) =>
    header === undefined
      ? `${message}命令行中可用 --map ${field}=表头 指定（写表中的表头原文，或列字母）。`
      : `${message}命令行中可用 --map ${field}="${header}" 指定。`,
  summaryTitle: (n, sheet, ended) =>
    `已对工作表“${sheet}”中的 ${formatInteger(n)} 家客户分级` +
    (ended > 0 ? `（另有 ${formatInteger(ended)} 家已停止合作或停用，未分级）。` : "。"),
  summaryColumns: ["分级", "客户数", "销售额占比", "时间占比"],
  creditHold: (n) => `资信D：另有${formatInteger(n)}家非重点客户现款现货，收回欠款前停止授信。`,
  toAct: (w, c, p, sheet) =>
    `待跟进：${[
      w > 0 ? `重点客户观察名单${formatInteger(w)}家` : "",
      c > 0 ? `晋级候选${formatInteger(c)}家` : "",
      p > 0 ? `优先开发的意向客户${formatInteger(p)}家` : "",
    ]
      .filter((x) => x !== "")
      .join("，")}（见工作表“${sheet}”）。`,
  reviewsOverdue: (tiers) =>
    `复查已逾期：${tiers.map((x) => `${x.label}${formatInteger(x.count)}家`).join("，")}。`,
  changes: (c) => `较上次分级：${changesZh(c)}。`,
  rowHiddenMark: (row) => `（第${row}行已被筛选或手动隐藏）`,
  findingsLine: (n) => `有 ${formatInteger(n)} 条提示需要查看：`,
  findingsMore: (n, inReport) =>
    inReport
      ? `……另有 ${formatInteger(n)} 条，全部列在报告中。`
      : `……另有 ${formatInteger(n)} 条：加 --report 文件.json 可列出全部（Excel 任务窗格中也能看到）。`,
  wrote: (p) => `已写入 ${p}`,
  backup: (p) => `备份保存在 ${p}`,
  reportWritten: (p) => `报告已写入 ${p}`,
};
