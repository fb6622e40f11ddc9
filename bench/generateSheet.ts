import type { Cell } from "../src/engine";
import { createRandom } from "../src/taskpane/demo/sampleSheet";

/** The 15 columns of a realistic distributor ledger. */
export const BENCH_HEADERS = [
  "经销商名称",
  "年度销售额（万元）",
  "去年销售额（万元）",
  "所属区域",
  "资信等级",
  "逾期天数",
  "区域市场占有率",
  "管理模式",
  "销售模式",
  "敏感类型",
  "合作年限",
  "客户状态",
  "手动分级",
  "负责人",
  "备注",
];

const REGIONS = ["华东", "华南", "华北", "华中", "西南", "西北", "东北"];
const CREDIT = ["AAA", "AA", "A", "BBB", "BB", "B", "C", null];
const MGMT = ["直营", "总代理", "省代", "一级经销商", "二级经销商", "加盟商"];
const SALES = ["批发", "分销", "零售", "工程（项目）", "电商"];
const SENS = ["价格", "服务", "品牌", "返利"];
const OWNERS = Array.from({ length: 40 }, (_, i) => `业务员${i + 1}`);

/**
 * A sheet of `rows` rows in all (header included) with 15 columns: revenues heavy-tailed as in real
 * channel data, about 5% written as text in 万, 12% blank (prospects), a few overrides and statuses.
 */
export function generateSheet(rows: number, seed = 42): { values: Cell[][]; revenues: number[] } {
  const random = createRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const values: Cell[][] = new Array(rows);
  const revenues: number[] = [];
  values[0] = BENCH_HEADERS;
  for (let r = 1; r < rows; r++) {
    const prospect = random() < 0.12;
    const revenue = prospect ? null : Math.round(Math.exp(random() * 8) * 10) / 10;
    if (revenue !== null) revenues.push(revenue);
    const text = revenue !== null && random() < 0.05;
    values[r] = [
      `经销商${r}号`,
      text ? `${revenue}万` : revenue,
      prospect ? null : Math.round((revenue ?? 0) * (0.6 + random() * 0.8) * 10) / 10,
      pick(REGIONS),
      pick(CREDIT),
      Math.floor(random() * random() * 150),
      random() < 0.5 ? Math.round(random() * 600) / 10 : null,
      pick(MGMT),
      pick(SALES),
      pick(SENS),
      Math.floor(random() * 15),
      random() < 0.02 ? "潜在" : "合作中",
      random() < 0.001 ? "重点" : null,
      pick(OWNERS),
      random() < 0.1 ? "季度返利已结" : null,
    ];
  }
  return { values, revenues };
}
