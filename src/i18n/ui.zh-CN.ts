import { changesZh, formatInteger } from "./format";
import type { UiMessages } from "./uiMessages";

/**
 * 任务窗格的中文文字。数字与前面的汉字之间是普通空格，与后面的单位（家、行、列、小时）之间是不换行空格
 * （\u00a0）：窄窗格里换行时数字和单位不会拆开（“普通客户 214”在行尾、“家。”落到下一行）。
 */
export const uiZhCN: UiMessages = {
  appTitle: "渠道分级",
  demoBadge: "演示",
  demoNotice:
    "演示模式：当前没有 Excel，窗格使用内置的 300 家经销商样例（2025 年度台账，按 2025-11-30 计算下次复查）。写入的分级列显示在下方预览中。",
  language: "语言",
  languageNames: { "zh-CN": "中文", "en-US": "English" },
  useSelection: "只使用我选中的区域",
  refresh: "重新读取",
  columnsHeading: "列映射",
  notMapped: "（未映射）",
  sumOfColumns: (first, last, count) => `${first}至${last}共 ${count}\u00a0列之和`,
  automatic: "（自动识别）",
  confidence: { explicit: "手动指定", exact: "确定", contains: "较可能", guessed: "推测，请检查", none: "" },
  unmappedColumns: (h) => `未使用的列：${h}`,
  alsoReadColumns: (c) => `另外读取：${c}`,
  readAsRemarks: (h) => `${h}（从中读取逾期、欠款和冻结）`,
  readAsActive: (h, status) => `${h}（“${status}”未注明时，“是”视为合作客户）`,
  // A word joiner keeps "F列" on one line: a narrow pane broke it as "（F" / "列）".
  headerInColumn: (header, letter) => `${header}（${letter}\u2060列）`,
  columnWithoutHeader: (letter) => `${letter}\u2060列（无表头）`,
  rulesHeading: "规则",
  method: "重点客户的确定方式",
  methods: {
    countShare: "按客户数比例",
    cumulativeRevenue: "按累计销售额比例",
    revenueThreshold: "按销售额门槛",
    scoreThreshold: "按重要性得分门槛",
  },
  keyShare: "重点客户占客户数 %",
  keyRevenueShare: "重点客户累计占销售额 %",
  keyMinRevenue: "重点客户销售额门槛（元）",
  keyMinScore: "重点客户得分门槛（0-100）",
  hysteresis: "重新分级的缓冲区 %",
  capacity: "团队每月销售工时",
  capacityHint: (h) => `留空则按每位负责人每月 ${h}\u00a0小时计算；表中没有负责人列时只显示占比`,
  timeShares: "销售时间：重点 / 普通 / 意向 %",
  creditBands: "资信按逾期天数：A 不超过 / B 不超过 / C 不超过",
  shareBands: "区域占有：主导 / 强势 / 竞争 起点 %",
  resetRules: "恢复默认规则",
  moreRules: "更多规则",
  fewerRules: "收起更多规则",
  moreRulesChanged: (n) => `另有 ${n}\u00a0项规则已调整`,
  outputColumns: (on, all) => `写入的列（${on}/${all}）`,
  hideOutputColumns: "收起写入的列",
  outputColumnsHint:
    "“渠道分级”列总是写入；分类列仅在表中有对应数据时写入。取消勾选的列如上次已写入，其内容将清空，表头保留。",
  noInputHere: "（本表无此数据）",
  columnsOff: (n) => `${n}\u00a0列不写入`,
  coreRevenueShare: "先取销售额大户，累计至销售额的 %",
  revenueGate: "按得分入选的销售额门槛：百分位（50 即中位数）",
  creditScoreBands: "资信按信用评分（表中有评分列时）：A 不低于 / B 不低于 / C 不低于（分）",
  reviewMonths: "复查周期：重点 / 普通 / 意向（月）",
  reviewField: (tier) => `${tier}（月）`,
  fallingShare: "重点客户销售下滑达 % 即列入观察名单",
  nearKey: "晋级候选：销售额低于最小重点客户不超过 %",
  topIncreaseShare: "晋级候选：增长额居普通客户前 %",
  hoursPerOwner: "每位负责人每月销售工时",
  salesCurrency: "表中未注明币种时，销售额的币种",
  salesCurrencyHint: "销售额表头、单元格格式或币种列中写明的币种优先",
  currencyNames: {
    CNY: "人民币（元）",
    USD: "美元（$）",
    EUR: "欧元（€）",
    HKD: "港元（HK$）",
    GBP: "英镑（£）",
    JPY: "日元（JP¥）",
  },
  invalidNumber: (min, max) => `请输入 ${min} 到 ${max} 之间的数字。`,
  run: "开始分级",
  running: "正在分级…",
  cancel: "取消",
  cancelled: "已取消，未继续写入。",
  phases: { reading: "读取", tiering: "分级", writing: "写入" },
  progress: (phase, done, total) => `${phase}：${done} / ${total}\u00a0行`,
  resultHeading: "结果",
  resultColumns: ["分级", "客户数", "销售额占比", "销售时间"],
  done: (n) => `已对 ${n}\u00a0家客户分级。`,
  endedLeftOut: (n) => `另有 ${n}\u00a0家已停止合作或停用，未分级。`,
  changes: (c) => `较上次分级：${changesZh(c, "\u00a0")}。`,
  reviewsOverdue: (tiers) => `复查已逾期：${tiers.map((x) => `${x.label} ${x.count}\u00a0家`).join("，")}。`,
  findingsHeading: (n) => `提示（${n}）`,
  movedHeading: "晋级与降级",
  watchHeading: (n) => `重点客户观察名单（${n}）`,
  watchNone: "没有需要特别关注的重点客户。",
  watchItem: (name, row, reasons) => `${name}${row === null ? "" : `（第 ${row}\u00a0行）`}：${reasons}`,
  candidatesHeading: (n) => `晋级候选（${n}）`,
  candidatesNone: "没有晋级候选。",
  candidateItem: (name, row, owner, gap, credit) =>
    `${name}（第 ${row}\u00a0行）${owner ? `，${owner}` : ""}${
      gap === null
        ? ""
        : gap.side === "above"
          ? `：销售额已超出最小的重点客户${gap.money}`
          : gap.side === "level"
            ? "：销售额与最小的重点客户持平"
            : `：距重点客户线还差${gap.money}`
    }${
      credit === "D"
        ? "；资信D：先收回欠款，再评估晋级"
        : credit === "C"
          ? "；资信C：先收紧账期，再评估晋级"
          : credit === "B"
            ? "；有逾期欠款：先收回欠款，再评估晋级"
            : ""
    }`,
  creditHoldHeading: (n) => `资信D：现款现货，停止授信（${n}）`,
  creditHoldItem: (name, row, owner, credit) =>
    `${name}（第 ${row}\u00a0行）${owner ? `，${owner}` : ""}：资信${credit}`,
  moreInSheet: (n) => `另有 ${n}\u00a0家，见分级策略表`,
  ownGradingHeading: "对照表中原有分级",
  moved: (name, row, from, to) => `${name}（第 ${row}\u00a0行）：${from} → ${to}`,
  moreMoved: (n) => `另有 ${n}\u00a0家，见分级变更记录表`,
  goToRow: (row) => `转到第 ${row}\u00a0行`,
  goToHiddenRow: (row) => `转到第 ${row}\u00a0行（已隐藏）`,
  hiddenRowHint: "该行已隐藏（筛选或手动隐藏）：会选中该行的单元格，清除筛选或取消隐藏后才能看到。",
  moreFindings: (n) => `……另有${formatInteger(n)}条同类提示未列出。`,
  noFindings: "没有提示。",
  previewHeading: "写入结果逐行预览",
  stale: "上次分级后工作表已有改动。",
  rerun: "重新分级",
  chartLabel: "各级客户数、销售额与销售时间占比",
  error: "出现问题",
  jobHeading: "本次分级",
  jobLine: (sheet, range, n, header, rows = 1) =>
    header === null
      ? `工作表“${sheet}”（${range}）：尚未找到表头行`
      : `工作表“${sheet}”（${range}）：${n}\u00a0家经销商，表头在第 ${rows > 1 ? `${header}-${header + rows - 1}` : header}\u00a0行`,
  jobLineRows: (sheet, range, n, header, rows = 1) =>
    `工作表“${sheet}”（${range}）：表头在第 ${rows > 1 ? `${header}-${header + rows - 1}` : header}\u00a0行，其下 ${formatInteger(n)}\u00a0行尚未分级`,
  previewCounts: (k, o, p) =>
    `按当前规则：重点客户 ${k}\u00a0家，普通客户 ${o}\u00a0家，意向客户 ${p}\u00a0家。`,
  runToWrite: "点击顶部的“开始分级”即可写入。",
  hiddenAccounts: (n) => `其中 ${n}\u00a0家在隐藏的行中（筛选或手动隐藏），与其他行一起分级。`,
  blockedByFindings: "请先在表中修正上面的问题，才能开始分级。",
  blockedByColumns: "请先在下方“列映射”中指定标出的列，才能开始分级。",
  blockedByRules: (labels) => `请先修正下方标出的规则（${labels}），才能开始分级。`,
  blockedNoData: "尚未读取工作表，暂不能分级。",
  blockedByError: "请先解决上方的问题，再点“重新读取”，才能开始分级。",
  requiredLabel: (f) => `${f}（必填）`,
  columnsSummary: (r, t, c) =>
    `表中 ${t}\u00a0列，已识别 ${r}\u00a0列${c > 0 ? `，${c}\u00a0列请核对` : ""}。`,
  showColumns: "核对列",
  hideColumns: "收起列",
  rulesSummary: (key, time, band) => `${key} · 销售时间 ${time} · 缓冲带 ${band}`,
  showRules: "调整规则",
  hideRules: "收起规则",
  keySummary: {
    countShare: (v) => `重点客户占客户数 ${v}`,
    cumulativeRevenue: (v) => `重点客户贡献销售额 ${v}`,
    revenueThreshold: (v) => `销售额 ${v} 起为重点客户`,
    scoreThreshold: (v) => `评分 ${v} 起为重点客户`,
  },
  successTitle: "分级完成",
  written: (n, sheet, columns, range) =>
    `已对 ${n}\u00a0家客户分级，在工作表“${sheet}”写入 ${columns}\u00a0列（${range}）。`,
  writtenSheets: (strategy, changes) => `分级策略见工作表“${strategy}”，变动记录见“${changes}”。`,
  demoWritten: "演示模式：工作簿即本页内置样例，写入结果见下方逐行预览。",
  outOfDateBadge: "已过期",
  dismiss: "关闭",
  loading: "正在加载…",
  moreOptions: "更多选项",
  removeSaved: "清除保存的分级数据…",
  removeSavedTitle: "清除本工作簿中保存的分级数据？",
  removeSavedBody:
    "渠道分级把规则、各客户上次的分级和销售额、历次分级记录保存在一个 Excel 不显示的工作表中。请在发给团队以外的副本中清除（先“文件 > 另存副本”），不要在日常使用的工作簿中清除：清除后再分级，会当作从未分级过，在现有的分级列和工作表之外另行写入。现有的分级列和工作表保持不变。",
  removeSavedConfirm: "清除",
  savedRemoved: "已清除本工作簿中保存的分级数据。",
  nothingSaved: "本工作簿中没有保存的分级数据。",
  removeTiering: "撤销分级…",
  removeTieringTitle: "撤销本工作簿中的分级？",
  removeTieringBody:
    "将清除渠道分级在所分级工作表上写入的列，删除它写入的分级策略表和变更记录表，并移除工作簿中保存的规则和历次分级记录。您自己的列、单元格和工作表保持不变，分级后所做的修改也都保留；您自己设置的冻结窗格和筛选同样保留，分级时添加的则一并移除；为分级列扩大的打印区域恢复为您原来的设置。此操作和分级本身都无法用 Ctrl+Z 撤消：如需保留当前结果，请先另存一份副本（文件 > 另存副本）。",
  removeTieringConfirm: "撤销分级",
  tieringRemoved: ({ sheet, columns, sheets }) =>
    `已撤销分级：${[
      ...(sheet !== null && columns > 0 ? [`清除了工作表“${sheet}”上的 ${columns}\u00a0列`] : []),
      ...(sheets.length > 0 ? [`删除了工作表${sheets.map((n) => `“${n}”`).join("")}`] : []),
      "移除了保存的分级数据",
    ].join("，")}。`,
  nothingToRemove: "本工作簿中没有渠道分级保存的分级，无需撤销。",
  help: "帮助",
  refreshTip: "重新读取工作表，例如新增了行或改了列名之后。",
  outOfDate: "结果已过期：本次分级后规则或列有改动，请重新分级后写入。",
  sumNot100: (total) => `三项之和须为 100%（现为 ${total}）。`,
  scoreDescending: "分数须从 A 到 C 逐级递减。",
  creditAscending: "天数须从 A 到 C 逐级递增。",
  shareDescending: "占有率须从主导、强势到竞争逐级递减。",
  showMore: (n) => `再显示 ${n}\u00a0家`,
  allColumns: "全部列",
  reviewOverdue: (date) => `${date}（已逾期）`,
  rowLabel: (row) => `第 ${row}\u00a0行`,
  previewCount: (shown, total) => `已显示 ${shown}\u00a0家，共 ${total}\u00a0家。`,
};
