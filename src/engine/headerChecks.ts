import { type Cell, type CellGrid, cellText, columnLetter, isBlankCell } from "./cells";
import { COUNTRY_HEADER } from "./currencies";
import type { Finding } from "./findings";
import { dealList } from "./deals";
import { uncalculatedColumns } from "./formulas";
import {
  type HeaderDetection,
  NAME_IN_OTHER_SCRIPT,
  SHORT_NAME,
  isLifetimeSales,
  isTaxedTwin,
  isGrossTwin,
  isCurrencyTwin,
  isPeriodTwin,
  type PivotSummary,
  headerFieldOf,
  pivotSummaryOf,
  isYearHeader,
  readColumns,
} from "./headers";
import type { EngineMessages } from "./messages";
import { foldText, isUnstatedAverage, periodPartOf } from "./normalize";
import type { PreviousRun } from "./previousRun";
import { regionLevel } from "./regionalShare";
import { isTotalLabel } from "./rows";
import { parseNumber } from "./values";

/**
 * The rivals of the sales that are the same sales in another form (with tax, before returns, in each
 * order's currency, this period's beside the year so far), each with the finding that says it as a note;
 * the first that holds.
 */
const TWINS = [
  ["taxedTwin", isTaxedTwin],
  ["grossTwin", isGrossTwin],
  ["currencyTwin", isCurrencyTwin],
  ["periodTwin", isPeriodTwin],
] as const satisfies readonly (readonly [
  string,
  (rival: string, kept: string, labels: readonly Cell[]) => boolean,
])[];

/** What the header checks need: the detection, the sheet, the messages, and the last run's roster. */
export type HeaderCheckInput = {
  readonly header: HeaderDetection;
  readonly values: readonly (readonly Cell[])[];
  readonly origin: CellGrid["origin"];
  readonly messages: EngineMessages;
  readonly grid: Pick<CellGrid, "calculated" | "totalRows">;
  readonly previousRun?: PreviousRun | null | undefined;
};

/**
 * What the header says before any row is read: an empty sheet, no header, a header with nothing under
 * it, a company's own revenue taken for sales, formulas saved without their results, no sales where the
 * last run had them (each stops the run: `stop`); a field's column taken twice or missing (errors the
 * run is blocked by); a second table beside the first, a field's rival columns, columns found by a
 * guess, months summed into the sales, no sales column at all (warnings and notes). In the order a
 * planner reads them, each with its row, column and header.
 * @example checkHeader({ header, values, origin: { row: 0, column: 0 }, messages: zhCN, grid }).stop // false
 */
export function checkHeader(x: HeaderCheckInput): {
  readonly findings: Finding[];
  readonly stop: boolean;
  /** Where a second table stands beside the first: its name column (its columns are no rivals). */
  readonly secondTable?: number;
} {
  const { header, values, origin, grid, previousRun } = x;
  const m = x.messages;
  const findings: Finding[] = [];
  const letter = (c: number): string => columnLetter(origin.column + c);
  const headerText = (c: number): string => cellText(header.labels[c]) || letter(c);
  if (values.every((row) => row.every((c) => isBlankCell(c)))) {
    findings.push({ code: "sheet.empty", severity: "error", message: m.finding.sheetEmpty() });
    return { findings, stop: true };
  }
  for (const c of header.conflicts) {
    findings.push({
      code: "mapping.conflict",
      severity: "error",
      setting: `mapping.${c.field}`,
      column: letter(c.column),
      header: headerText(c.column),
      message: m.finding.mappingConflict(
        headerText(c.column),
        m.fieldName[c.other] ?? c.other,
        m.fieldName[c.field] ?? c.field,
      ),
    });
  }
  for (const miss of header.missing) {
    findings.push({
      code: "mapping.missing",
      severity: "error",
      setting: `mapping.${miss.field}`,
      message: m.finding.mappingMissing(m.fieldName[miss.field] ?? miss.field, miss.wanted),
    });
  }
  if (header.headerRow < 0 || header.mapping.name === undefined) {
    findings.push({ code: "header.notFound", severity: "error", message: m.finding.headerNotFound() });
    return { findings, stop: true };
  }
  const headerSheetRow = origin.row + header.headerRow + 1;
  // A header and nothing under it (a blank template): nothing to tier, said so, and nothing written.
  let dataRow = header.headerRow + header.headerRows;
  while (dataRow < values.length && (values[dataRow] ?? []).every((c) => isBlankCell(c))) dataRow++;
  if (dataRow >= values.length) {
    findings.push({
      code: "sheet.noRows",
      severity: "error",
      row: headerSheetRow,
      message: m.finding.noRows(headerSheetRow),
    });
    return { findings, stop: true };
  }
  // A CRM's list of deals (opportunities), some not won, not of distributors: each deal was an account,
  // and lost or open deals were sales. The run stops with the remedy: the won deals summed per account.
  const deals = dealList(header.labels, values, header.headerRow + header.headerRows);
  if (deals) {
    const name = header.mapping.name;
    const account =
      name !== deals.deal
        ? name
        : header.labels.findIndex(
            (label, k) => k !== deals.deal && headerFieldOf(cellText(label)) === "name",
          );
    const amount = header.mapping.revenue ?? amountNotSales(values, header)?.column;
    const at = (c: number) => ({ letter: letter(c), header: headerText(c) });
    findings.push({
      code: "header.dealList",
      severity: "error",
      row: headerSheetRow,
      column: letter(deals.stage),
      header: headerText(deals.stage),
      message: m.finding.dealList(
        deals.deal === undefined ? null : at(deals.deal),
        at(deals.stage),
        deals.won ?? null,
        account === undefined || account < 0 ? null : headerText(account),
        amount === undefined ? null : headerText(amount),
      ),
    });
    return { findings, stop: true };
  }
  // A CRM's Annual Revenue is the account's own size: tiered by it, the largest companies were key
  // accounts, not our largest customers. The run stops unless the mapping names it as the sales.
  if (header.companyRevenue) {
    const { column, header: text, beside, dynamics } = header.companyRevenue;
    findings.push({
      code: "header.companyRevenue",
      severity: "error",
      row: headerSheetRow,
      column: letter(column),
      header: text,
      setting: "mapping.revenue",
      message: m.finding.companyRevenue(text, beside, dynamics === true),
    });
    return { findings, stop: true };
  }
  // A second table beside the first (华东 in A-B, 华南 in D-E): its name header again, with another of
  // its columns after it. Its rows are not tiered: said once, with how many, instead of a rival per column.
  const nameColumn = header.mapping.name as number;
  const second = header.duplicates.find(
    (d) =>
      d.field === "name" &&
      foldText(d.header) === foldText(headerText(nameColumn)) &&
      header.duplicates.some((o) => o.column > d.column && o.field !== "name"),
  );
  if (second) {
    // Its named rows, a totals row (合计) not among them.
    let rows = 0;
    for (let r = header.headerRow + header.headerRows; r < values.length; r++) {
      const name = cellText(values[r]?.[second.column] ?? null).trim();
      if (name !== "" && !isTotalLabel(name)) rows++;
    }
    findings.push({
      code: "header.secondTable",
      severity: "warning",
      row: headerSheetRow,
      column: letter(second.column),
      header: second.header,
      message: m.finding.secondTable(letter(nameColumn), letter(second.column), rows),
    });
  }
  for (const d of header.duplicates) {
    if (second && d.column >= second.column) continue;
    const kept = header.mapping[d.field];
    // A column the user chose for the field (mapped by hand, saved with the rules) is an answer to
    // this finding already: not asked again on every run.
    if (header.matches.some((x) => x.column === kept && x.how === "explicit")) continue;
    // Nor is a short name or the name in another script beside the full name (客户简称, 客户名称（英文）
    // beside 客户名称): asked on every run, of a choice no planner would make.
    if (
      d.field === "name" &&
      kept !== undefined &&
      isNameVariant(d.header) &&
      !isNameVariant(headerText(kept))
    )
      continue;
    // A place at another level than the regions taken (城市 or a country beside 省份, City beside
    // State/Region): nearly every ledger and CRM export has one, and the choice is no question; said as
    // a note of which column the regions are summed by, not warned of on every run.
    if (d.field === "region" && kept !== undefined && otherPlaceLevel(values, header, d, kept)) {
      findings.push({
        code: "header.regionLevel",
        severity: "info",
        row: headerSheetRow,
        column: letter(d.column),
        header: d.header,
        message: m.finding.regionLevel(
          d.header,
          headerText(kept),
          letter(d.column),
          letter(kept),
          placeLevel(d.header) === "country",
        ),
      });
      continue;
    }
    // The same sales with their tax beside those taken without (含税销售额 beside 不含税销售额), before
    // returns beside the net (Gross Sales beside Net Sales), or in each order's currency beside the home
    // currency's (原币价税合计 beside 本位币价税合计), or this period's beside the year so far taken (本期金额
    // beside 本年累计金额): no question either, said as a note (a warning on every run).
    const twin =
      d.field === "revenue" && kept !== undefined
        ? TWINS.find(([, is]) => is(d.header, headerText(kept), header.labels))?.[0]
        : undefined;
    if (twin !== undefined && kept !== undefined) {
      findings.push({
        code: `header.${twin}`,
        severity: "info",
        row: headerSheetRow,
        column: letter(d.column),
        header: d.header,
        setting: "mapping.revenue",
        message: m.finding[twin](d.header, headerText(kept), letter(d.column), letter(kept)),
      });
      continue;
    }
    findings.push({
      code: "header.duplicate",
      severity: "warning",
      row: headerSheetRow,
      column: letter(d.column),
      header: d.header,
      message: m.finding.headerDuplicate(
        d.header,
        m.fieldName[d.field] ?? d.field,
        kept === undefined ? "" : headerText(kept),
        letter(d.column),
        kept === undefined ? "" : letter(kept),
      ),
    });
  }
  // A report of sales by customer read by its title: which columns it gave, said once, as a note.
  const byTitle = header.reportTitle;
  if (byTitle)
    findings.push({
      code: "header.byReportTitle",
      severity: "info",
      row: headerSheetRow,
      column: letter(byTitle.name ?? byTitle.sales ?? 0),
      header: cellText(header.labels[byTitle.name ?? byTitle.sales ?? 0]),
      message: m.finding.byReportTitle(
        byTitle.text,
        origin.row + byTitle.row + 1,
        byTitle.name === undefined
          ? null
          : { letter: letter(byTitle.name), header: cellText(header.labels[byTitle.name]).trim() },
        byTitle.sales === undefined
          ? null
          : { letter: letter(byTitle.sales), header: headerText(byTitle.sales) },
      ),
    });
  const guessedPrior = header.matches.find((x) => x.how === "guessed" && x.field === "priorRevenue");
  const parts = header.revenueParts;
  for (const guessed of header.matches.filter((x) => x.how === "guessed")) {
    // Last year's column, guessed with this year's by their years, is said in the same finding; one
    // beside this year's months or quarters (FY2024 Sales beside Q1 2025 … Q4 2025) in its own.
    if (guessed === guessedPrior) {
      const first = parts?.[0];
      const last = parts?.[parts.length - 1];
      if (first && last && parts.length > 1 && !header.priorRevenueParts)
        findings.push({
          code: "header.priorBesideParts",
          severity: "info",
          row: headerSheetRow,
          column: letter(guessed.column),
          header: guessed.header,
          message: m.finding.priorBesideParts(
            guessed.header || letter(guessed.column),
            first.header,
            last.header,
          ),
        });
      continue;
    }
    // Months summed as a guess are said by the sum's finding.
    if (guessed.field === "revenue" && header.revenueParts) continue;
    const label = guessed.header || letter(guessed.column);
    const byYear = guessed.field === "revenue" && isYearHeader(guessed.header);
    findings.push({
      code: "header.guessed",
      severity: "warning",
      row: headerSheetRow,
      column: letter(guessed.column),
      header: guessed.header,
      message: byYear
        ? guessedPrior && !isYearHeader(guessedPrior.header)
          ? m.finding.laterYearGuessed(label, guessedPrior.header)
          : m.finding.yearGuessed(label, guessedPrior ? guessedPrior.header : null)
        : guessed.field === "revenue"
          ? m.finding.revenueGuessed(label)
          : m.finding.headerGuessed(label),
    });
  }
  for (const [parts, say] of [
    [header.revenueParts, m.finding.revenueSummed],
    [header.priorRevenueParts, m.finding.priorSummed],
  ] as const) {
    if (!parts || parts.length < 2) continue;
    const first = parts[0] as (typeof parts)[number];
    const last = parts[parts.length - 1] as (typeof parts)[number];
    findings.push({
      code: "header.revenueSummed",
      // Months headed by their month alone were summed on a guess: to be checked.
      severity: header.matches.some((x) => x.field === "revenue" && x.how === "guessed") ? "warning" : "info",
      row: headerSheetRow,
      column: letter(first.column),
      header: first.header,
      message: say(first.header, last.header, parts.length, periodPartOf(first.header) !== undefined),
    });
  }
  // The sales column as its header says it, where the planner did not choose it (a choice is an answer,
  // not to be asked again on every run), and no months were summed into it.
  const sales = header.mapping.revenue;
  const saidSales =
    sales !== undefined &&
    !header.revenueParts &&
    !header.matches.some((x) => x.column === sales && x.how === "explicit")
      ? { text: headerText(sales), letter: letter(sales) }
      : undefined;
  const salesFinding = (
    at: { readonly text: string; readonly letter: string },
    code: Finding["code"],
    message: string,
  ): Finding => ({
    code,
    severity: "warning",
    row: headerSheetRow,
    column: at.letter,
    header: at.text,
    setting: "mapping.revenue",
    message,
  });
  // Sales since each account began, with no year's beside them (历史累计销售额, Lifetime Sales): tiered by
  // them as asked, and said. (Lifetime Sales was no column, "time" read as a date: every account was a
  // prospect.)
  if (saidSales && isLifetimeSales(saidSales.text))
    findings.push(
      salesFinding(
        saidSales,
        "header.lifetimeSales",
        m.finding.lifetimeSales(
          saidSales.text,
          saidSales.letter,
          header.mapping.priorRevenue === undefined ? null : headerText(header.mapping.priorRevenue),
        ),
      ),
    );
  // An average over what the header does not say (平均销售额, Average Sales): read as a year's sales, said
  // with how to name it (its notes said 年销售额 unsaid).
  if (saidSales && isUnstatedAverage(saidSales.text))
    findings.push(
      salesFinding(
        saidSales,
        "header.averageUnstated",
        m.finding.averageUnstated(saidSales.text, saidSales.letter),
      ),
    );
  if (header.mapping.revenue === undefined) {
    // A column of amounts that may be the sales, named in the finding as the one to map; either finding
    // is about the sales field, said on the header row.
    const amount = amountNotSales(values, header);
    const named = amount && { letter: letter(amount.column), header: amount.header };
    const at = {
      row: headerSheetRow,
      ...(named ? { column: named.letter, header: named.header } : {}),
      setting: "mapping.revenue",
    };
    // The last run tiered by sales and none are found now (a header retitled, a column deleted): tiered
    // like this every key account would be demoted and the roster's sales lost, from the ribbon unseen.
    const last = previousRun;
    if (last && last.accounts.some((a) => a.revenue !== null && a.revenue > 0)) {
      findings.push({
        code: "header.revenueGone",
        severity: "error",
        ...at,
        message: m.finding.revenueGone(last.date, named),
      });
      return { findings, stop: true };
    }
    // A PivotTable's count or average of the sales (计数项:销售额): no sales, and the remedy is the pivot's
    // (the run stops: every account a prospect, written beside the pivot, helps no one).
    let summary: PivotSummary | undefined;
    const summarized = header.labels.findIndex((label) => {
      const s = typeof label === "string" ? pivotSummaryOf(label) : undefined;
      if (s === undefined || headerFieldOf(s.field) !== "revenue") return false;
      summary = s.summary;
      return true;
    });
    if (summary !== undefined) {
      const text = headerText(summarized);
      findings.push({
        code: "header.pivotSummary",
        severity: "error",
        row: headerSheetRow,
        column: letter(summarized),
        header: text,
        message: m.finding.pivotSummary(text, letter(summarized), summary),
      });
      return { findings, stop: true };
    }
    findings.push({
      code: "header.noRevenue",
      severity: "warning",
      ...at,
      // Where the sheet has one, the sheet's status column still makes customers (合作中) of accounts
      // with no sales: the finding says so rather than "every account is a prospect".
      message: m.finding.noRevenueColumn(named, header.matches.find((x) => x.field === "status")?.header),
    });
  }

  // Formulas saved without their results (a workbook written by a program that does not calculate):
  // tiering them as blanks would be wrong, so the run stops and says how to get the results.
  const uncalculated =
    grid.calculated === true
      ? []
      : uncalculatedColumns(
          values,
          header.headerRow + header.headerRows,
          header.mapping.name,
          readColumns(header),
          grid.totalRows,
        );
  for (const u of uncalculated) {
    const sheetRow = origin.row + u.row + 1;
    findings.push({
      code: "value.uncalculated",
      severity: "error",
      row: sheetRow,
      column: letter(u.column),
      header: headerText(u.column),
      message: m.finding.uncalculated(sheetRow, headerText(u.column), u.formula, u.count),
    });
  }
  return { findings, stop: uncalculated.length > 0, ...(second ? { secondTable: second.column } : {}) };
}

/**
 * An amount's words in a header: 金额, 提货, 成交, Amount, Sales, Value (累计成交金额, 开票总额); a web shop's
 * Total Spent and Money Spent (Shopify, WooCommerce: since the customer's first order).
 */
const AMOUNT_WORDS = /金额|总额|额$|提货|发货|出货|进货|成交|销售|amount|sales|revenue|value|gmv|spent|spend/;

/**
 * Where no column is the sales, the first column left unread whose header names an amount and whose
 * cells are mostly numbers (累计成交金额, since the account began): named in the finding, as the column
 * to map if it is the sales (the finding named none, though the sheet had one).
 */
function amountNotSales(
  values: readonly (readonly Cell[])[],
  header: HeaderDetection,
): { column: number; header: string } | undefined {
  const start = header.headerRow + header.headerRows;
  const sample = values.slice(start, start + 50);
  return header.unmapped.find((u) => {
    if (!AMOUNT_WORDS.test(foldText(u.header)) || NOT_SALES_AMOUNT.test(foldText(u.header))) return false;
    let numbers = 0;
    let filled = 0;
    for (const row of sample) {
      const c = row[u.column];
      if (isBlankCell(c)) continue;
      filled++;
      if (parseNumber(c).kind === "value") numbers++;
    }
    return filled > 0 && numbers >= 0.8 * filled;
  });
}

/**
 * Amounts that are no sales at all: a target, a rate, a stock, a debt, a limit; or an average a month
 * (月均提货), which as the sales would be a twelfth of the year's, every account far below the key line.
 */
const NOT_SALES_AMOUNT =
  /任务|目标|计划|预算|率|占比|库存|欠款|应收|余额|额度|月均|平均|均值|target|plan|budget|rate|stock|inventory|balance|limit|owed|average|avg|permonth|monthly/;

/** A header naming a short name or the name in another script (SHORT_NAME, NAME_IN_OTHER_SCRIPT). */
function isNameVariant(header: string): boolean {
  const folded = foldText(header);
  return SHORT_NAME.test(folded) || NAME_IN_OTHER_SCRIPT.test(folded);
}

/** The level of place a region header names, a country apart; a state is a province. */
function placeLevel(header: string): string {
  if (COUNTRY_HEADER.test(foldText(header))) return "country";
  const level = regionLevel(header);
  return level === "state" ? "province" : level;
}

/** Data rows looked at to count a region column's places: enough to tell 6 provinces from 40 cities. */
const PLACE_SAMPLE = 5000;

/**
 * Whether a region column passed over names places at another level than the column taken: its
 * header says another level (城市, 国家, 大区 beside 省份) and its cells name a different number of places
 * (所在地区 holding the same provinces as 省份 is a rival, not another level). A country is another
 * level however its cells read.
 */
function otherPlaceLevel(
  values: readonly (readonly Cell[])[],
  header: HeaderDetection,
  rival: { readonly column: number; readonly header: string },
  kept: number,
): boolean {
  const keptHeader = cellText(header.labels[kept]);
  const level = placeLevel(rival.header);
  if (level === placeLevel(keptHeader)) return false;
  if (level === "country") return true;
  const places = (column: number): number => {
    const seen = new Set<string>();
    const from = header.headerRow + header.headerRows;
    const to = Math.min(values.length, from + PLACE_SAMPLE);
    for (let r = from; r < to; r++) {
      const text = cellText(values[r]?.[column] ?? null).trim();
      if (text !== "") seen.add(text);
    }
    return seen.size;
  };
  return places(rival.column) !== places(kept);
}
