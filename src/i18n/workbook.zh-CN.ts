import type { WorkbookMessages } from "./workbookMessages";

/** 写入工作簿的中文标签。 */
export const workbookZhCN: WorkbookMessages = {
  strategySheetName: "分级策略",
  changeLogSheetName: "分级变更记录",
  title: "渠道分级策略",
  generated: (date, sheet) => `${date} 根据工作表“${sheet}”分级`,
  methodLine: (method) => `分级方法：${method}`,
  method: {
    countShare: (share) =>
      `重点客户占客户总数的${share}，先取手动指定的，再取销售额大户，其余名额按重要性得分（销售额不低于中位数）`,
    cumulativeRevenue: (share) => `累计贡献前${share}销售额的客户`,
    revenueThreshold: (min) => `销售额不低于${min}`,
    scoreThreshold: (min) => `重要性得分不低于${min}分`,
  },
  summaryHeading: "各级汇总",
  summaryColumns: [
    "分级",
    "客户数",
    "客户占比",
    "销售额（元）",
    "销售额占比",
    "销售时间占比",
    "月度工时",
    "复查周期",
    "课程参考",
  ],
  courseReference: (a, t) => `课程：约${a}客户、${t}时间`,
  reviewsOverdue: (every, n) => (n > 0 ? `${every}（${n}家已逾期）` : every),
  reviewEvery: (months) =>
    months === 1 ? "每月" : months === 3 ? "每季度" : months === 6 ? "每半年" : `每${months}个月`,
  capacityLine: (hours, perOwner) =>
    perOwner
      ? `月度工时按${perOwner.owners}位负责人、每人每月${perOwner.each}小时，共${hours}小时计算`
      : `月度工时按团队每月合计${hours}小时计算`,
  endedLeftOut: (count, rows) =>
    `另有${count}家已停止合作或停用，未参与分级（第${rows.join("、")}行${count > rows.length ? "等" : ""}）`,
  total: "合计",
  watchHeading: "重点客户观察名单",
  watchIntro: "失去重点客户将严重影响业务，且短期内难以恢复：以下客户本月内逐一跟进。",
  watchColumns: ["名称", "行号", "负责人", "销售额（元）", "原因"],
  watchNone: "本次没有需要特别关注的重点客户。",
  creditHoldHeading: "资信D客户",
  creditHoldIntro: "以下客户资信为D：现款现货，停止新增授信；负责人本月内催收欠款，收回前不给予奖励。",
  creditHoldColumns: ["名称", "行号", "负责人", "销售额（元）", "资信"],
  creditHoldNone: "本次没有资信D的客户。",
  ownGradeLostHeading: "表中标为重点、本次未列入的客户",
  ownGradeLostIntro: (h, g) =>
    `“${h}”是表中原有的分级，本次不据此分级，只作对照。以下客户在表中标为${g || "重点"}，本次未列为重点客户，原因见末列。请与负责人逐一核对：原有分级已经过时的，按本次分级调整服务；确需保留的，在“手动分级”列填“重点客户”。`,
  ownGradeLostNone: (h, g, n) => `表中“${h}”标为${g || "重点"}的${n}家，本次都列为重点客户。`,
  ownGradeNewHeading: "本次新列为重点的客户",
  ownGradeNewIntro: (h, g) =>
    `以下客户本次列为重点客户，表中“${h}”却未标为${g || "重点"}：为其指定能力强的负责人，按重点客户的标准提供服务。`,
  ownGradeNewNone: (h, g) => `本次的重点客户在表中“${h}”都标为${g || "重点"}。`,
  ownGradeColumns: (h) => ["名称", "行号", "负责人", "销售额（元）", h, "本次分级", "原因"],
  removedRow: "已删除",
  candidatesHeading: "晋级候选",
  candidatesIntro:
    "为企业带来越来越多营业收入的普通客户：奖励其发展行为，评估晋级重点客户；同比下降的，先查明原因；资信C/D或有逾期欠款的，先收回欠款。",
  candidatesColumns: ["名称", "行号", "负责人", "销售额（元）", "距重点客户线（元）", "同比", "资信"],
  gapFormat: '"还差 "#,##0;"已超出 "#,##0;"持平"',
  candidatesNone: "本次没有晋级候选。",
  prospectsHeading: "优先开发的意向客户",
  prospectsIntro: "只要做成一笔买卖，他们就变成了普通客户：优先争取以下客户的首单。",
  prospectsColumns: ["名称", "行号", "区域", "负责人", "原因"],
  prospectsNone: "本次没有需要优先开发的意向客户。",
  moreUnlisted: (n) => `另有${n}家未在此列出。`,
  more: (n, column) => `另有${n}家，见数据表的“${column}”列。`,
  namesAndMore: (shown, total) => `${shown}等${total}家`,
  ownersHeading: "负责人",
  ownerColumns: ["负责人", "重点客户", "普通客户", "意向客户", "销售时间占比", "月度工时", "负责的重点客户"],
  ownerOverloaded: (owner, share, median, times) =>
    `${owner}在重点客户上的销售时间占${share}，是中位数${median}的${times}倍：把部分重点客户交给其他能力强的人员，分担负荷。`,
  ownerOverCapacity: (owner, hours, perOwner) =>
    `${owner}名下客户每月需${hours}小时，比一个人的${perOwner}小时多出四分之一以上：调整分工，或增加人手。`,
  regionsHeading: "区域（渠道拓展）",
  regionsIntro: "渠道拓展策略（课程第五部分只有标题，以下提示为渠道分级工具的建议）：",
  regionColumns: ["区域", "客户数", "重点客户", "普通客户", "意向客户", "销售额占比", "提示"],
  regionFlag: { noKey: "没有重点客户", weakShare: "市场占有率弱" },
  regionWeakShare: (share) => `市场占有率弱（按销售额加权平均${share}）`,
  quarterHeading: "重点客户季度计划",
  quarterIntro: (every) =>
    `课程举例：根据季度计划，“六一工程”将渠道品牌建设与重点客户的成功结合起来。以下从本季度起的四个季度安排为渠道分级工具的建议；重点客户仍${every}复查。`,
  quarterColumns: ["季度", "安排"],
  quarterLabel: (year, q) => `${year}年第${q}季度（${q * 3 - 2}-${q * 3}月）`,
  quarterTheme: {
    q1: (n) =>
      `年度对齐：与每家重点客户确认全年目标、阶梯返利和账期${n > 0 ? `；资信C/D的${n}家先谈回款` : ""}`,
    q2: "品牌共建：把渠道品牌建设与重点客户的成功结合起来（如“六一工程”），联合促销，做好门店形象",
    q3: (n) =>
      `超越期望：复查服务承诺与响应时效，${n > 0 ? `逐一跟进观察名单上的${n}家` : "让客户最早从我们这里得到新消息"}`,
    q4: (n) => `年度回顾：${n > 0 ? `评估${n}家晋级候选和` : "评估"}降级风险，与重点客户共同制定下一年计划`,
  },
  tacticsHeading: (tier) => `${tier}对策`,
  courseSays: "课程原文要点：",
  rewardsHeading: "奖励客户发展行为",
  oursNote: "课程此部分只有标题，以下为渠道分级工具的建议：",
  careHeading: "怎样关心客户：重点客户负责人守则（课程第5-20条）",
  changesHeading: "较上次分级的变化",
  changeCounts: (c) =>
    `新增 ${c.new} · 不变 ${c.same} · 晋级 ${c.promoted} · 降级 ${c.demoted} · 已删除 ${c.removed}（明细见“分级变更记录”）`,
  noPrevious: "首次分级：下次分级时将列出晋级、降级和删除的客户。",
  changeLogColumns: [
    "日期",
    "行号",
    "名称",
    "上次分级",
    "本次分级",
    "变化",
    "上次销售额（元）",
    "本次销售额（元）",
    "上次得分",
    "本次得分",
    "上次得分排名",
    "本次得分排名",
    "分级依据",
  ],
  changeLogEmpty: "尚无分级记录。",
  changeLogFirst: (n) => `首次分级：${n}家客户`,
  changeLogMore: (n) => `另有${n}项变化未列出`,
  changeLogSame: (n, streak) =>
    `再次分级，无变化：${n}家客户的分级均与上次相同${streak ? `（自${streak.since}起连续${streak.runs}次无变化）` : ""}`,
  removedChange: "已删除",
  leftOutChange: "未分级",
  removedReason: "已从表中删除",
  chartTitle: "各级客户数与销售额占比",
  chartSeries: ["客户占比", "销售额占比"],
};
