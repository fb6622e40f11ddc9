import type { AccountResult, Standing } from "./account";
import { type Cell, type CellGrid, cellText, columnLetter, isBlankCell } from "./cells";
import { statusFromText, tierFromText } from "./classify";
import type { Field } from "./fields";
import type { Finding } from "./findings";
import type { HeaderDetection } from "./headers";
import type { EngineMessages } from "./messages";
import { unitFromNumberFormat } from "./normalize";
import type { Rules } from "./rules";
import { isTotalLabel } from "./rows";
import { parseFlag, parseNumber, parseShare, parseYears } from "./values";

/** A row that was not tiered, and why. */
export type SkippedRow = {
  readonly row: number;
  readonly reason: "blank" | "total" | "noName" | "inactive";
  readonly text: string;
};

/** Per-row inputs the later steps need but the result does not keep. */
export type RowInputs = {
  readonly overdue: number | null;
  readonly creditText: string;
  readonly marketShare: number | null;
  readonly marketPotential: number | null;
  readonly managementText: string;
  readonly salesText: string;
  readonly sensitivityText: string;
};

export type ReadOutcome = {
  readonly accounts: AccountResult[];
  readonly inputs: RowInputs[];
  readonly skipped: SkippedRow[];
  readonly findings: Finding[];
};

type Column = { readonly index: number; readonly letter: string; readonly header: string };

/**
 * Reads every data row below the header into an account, skipping blank rows, totals, rows without a
 * name and inactive rows; each cell that cannot be read is a finding with its row and column.
 * @example readAccounts(grid, header, DEFAULT_RULES, enUS, new Date(), []).accounts.length
 */
export function readAccounts(
  grid: CellGrid,
  header: HeaderDetection,
  rules: Rules,
  messages: EngineMessages,
  asOf: Date,
  columnFormats: readonly (string | undefined)[],
): ReadOutcome {
  const { values, origin } = grid;
  const f = messages.finding;
  const findings: Finding[] = [];
  const accounts: AccountResult[] = [];
  const inputs: RowInputs[] = [];
  const skipped: SkippedRow[] = [];
  const headerCells = values[header.headerRow] ?? [];

  const col = (field: Field): Column | undefined => {
    const index = header.mapping[field];
    if (index === undefined) return undefined;
    return { index, letter: columnLetter(origin.column + index), header: cellText(headerCells[index]) || columnLetter(origin.column + index) };
  };
  const unitOf = (field: Field): number => {
    const m = header.matches.find((x) => x.field === field);
    if (!m) return 1;
    if (m.unit && !m.unit.percent) return m.unit.multiplier;
    return unitFromNumberFormat(columnFormats[m.column])?.multiplier ?? 1;
  };

  const cName = col("name");
  if (!cName) return { accounts, inputs, skipped, findings };
  const cRevenue = col("revenue");
  const cPrior = col("priorRevenue");
  const cGrowth = col("growth");
  const cRegion = col("region");
  const cCredit = col("credit");
  const cOverdue = col("overdue");
  const cShare = col("marketShare");
  const cPotential = col("marketPotential");
  const cMgmt = col("managementMode");
  const cSales = col("salesMode");
  const cSens = col("sensitivity");
  const cTenure = col("tenure");
  const cStrategic = col("strategic");
  const cStatus = col("status");
  const cOverride = col("override");
  const cOwner = col("owner");
  const tierCol = header.outputs.tier;

  const revenueUnit = unitOf("revenue");
  const priorUnit = unitOf("priorRevenue");
  const potentialUnit = unitOf("marketPotential");
  const start = header.headerRow + 1;
  const sharePoints = cShare ? columnRunsAboveOne(values, start, cShare.index) : false;
  const growthPoints = cGrowth ? columnRunsAboveOne(values, start, cGrowth.index) : false;
  const firstRowByName = new Map<string, number>();

  const number = (row: readonly Cell[], c: Column | undefined, unit: number, sheetRow: number, consequence: string): number | null => {
    if (!c) return null;
    const p = parseNumber(row[c.index], unit);
    if (p.kind === "value") return p.value;
    if (p.kind === "invalid") push("value.notANumber", "warning", sheetRow, c, f.notANumber(sheetRow, c.header, p.raw, consequence));
    return null;
  };
  const text = (row: readonly Cell[], c: Column | undefined): string => (c ? cellText(row[c.index]) : "");
  const push = (code: Finding["code"], severity: Finding["severity"], row: number, c: Column, message: string): void => {
    findings.push({ code, severity, row, column: c.letter, header: c.header, message });
  };

  for (let r = start; r < values.length; r++) {
    const row = values[r] ?? [];
    const sheetRow = origin.row + r + 1;
    const nameCell = row[cName.index];
    const name = cellText(nameCell);
    if (name === "") {
      if (row.every((c) => isBlankCell(c))) {
        skipped.push({ row: sheetRow, reason: "blank", text: "" });
        continue;
      }
      const label = row.find((c) => typeof c === "string" && c.trim() !== "");
      if (typeof label === "string" && isTotalLabel(label)) {
        skipped.push({ row: sheetRow, reason: "total", text: label.trim() });
        push("row.total", "info", sheetRow, cName, f.total(sheetRow, cName.header, label.trim()));
        continue;
      }
      skipped.push({ row: sheetRow, reason: "noName", text: "" });
      push("row.missingName", "warning", sheetRow, cName, f.missingName(sheetRow, cName.header));
      continue;
    }
    if (isTotalLabel(name)) {
      skipped.push({ row: sheetRow, reason: "total", text: name });
      push("row.total", "info", sheetRow, cName, f.total(sheetRow, cName.header, name));
      continue;
    }

    const statusText = text(row, cStatus);
    const status = statusText === "" ? undefined : statusFromText(statusText);
    if (cStatus && statusText !== "" && status === undefined) {
      push("value.unknownStatus", "info", sheetRow, cStatus, f.unknownStatus(sheetRow, cStatus.header, statusText));
    }
    if (status === "inactive") {
      skipped.push({ row: sheetRow, reason: "inactive", text: statusText });
      continue;
    }

    const key = name.toLowerCase();
    const first = firstRowByName.get(key);
    if (first === undefined) firstRowByName.set(key, sheetRow);
    else push("row.duplicateName", "warning", sheetRow, cName, f.duplicateName(sheetRow, cName.header, name, first));

    let revenue: number | null = null;
    let standing: Standing = "noSales";
    let standingText = "";
    if (cRevenue) {
      const p = parseNumber(row[cRevenue.index], revenueUnit);
      if (p.kind === "value") {
        if (p.value < 0) {
          push("value.negative", "warning", sheetRow, cRevenue, f.negative(sheetRow, cRevenue.header, cellText(row[cRevenue.index])));
        }
        revenue = p.value;
      } else if (p.kind === "invalid") {
        standing = "unreadableSales";
        standingText = p.raw;
        push("value.notANumber", "warning", sheetRow, cRevenue, f.notANumber(sheetRow, cRevenue.header, p.raw, f.consequenceProspect));
      }
    }
    if (revenue !== null && revenue > 0) {
      standing = revenue < rules.tiering.ordinaryMinRevenue ? "belowMinimum" : "sales";
    }
    if (status === "prospect") {
      standing = "statusProspect";
      standingText = statusText;
    } else if (status === "active" && standing !== "sales") {
      standing = "statusActive";
      standingText = statusText;
    }

    const priorRevenue = number(row, cPrior, priorUnit, sheetRow, f.consequenceIgnored);
    let growth: number | null = null;
    if (cGrowth) {
      const g = parseShare(row[cGrowth.index], growthPoints);
      if (g.kind === "value") growth = g.value;
      else if (g.kind === "invalid") push("value.notANumber", "warning", sheetRow, cGrowth, f.notANumber(sheetRow, cGrowth.header, g.raw, f.consequenceIgnored));
    }
    if (growth === null && priorRevenue !== null && priorRevenue > 0 && revenue !== null) {
      growth = Math.max(revenue, 0) / priorRevenue - 1;
    }

    let tenureYears: number | null = null;
    if (cTenure) {
      const y = parseYears(row[cTenure.index], asOf);
      if (y.kind === "value") tenureYears = y.value;
      else if (y.kind === "invalid") push("value.notADate", "warning", sheetRow, cTenure, f.notADate(sheetRow, cTenure.header, y.raw));
    }
    let strategic = false;
    if (cStrategic) {
      const s = parseFlag(row[cStrategic.index]);
      if (s.kind === "value") strategic = s.value;
      else if (s.kind === "invalid") push("value.notAFlag", "warning", sheetRow, cStrategic, f.notAFlag(sheetRow, cStrategic.header, s.raw));
    }
    let override = null;
    if (cOverride) {
      const o = text(row, cOverride);
      if (o !== "") {
        override = tierFromText(o) ?? null;
        if (override === null) push("value.unknownOverride", "warning", sheetRow, cOverride, f.unknownOverride(sheetRow, cOverride.header, o));
      }
    }
    let marketShare: number | null = null;
    if (cShare) {
      const s = parseShare(row[cShare.index], sharePoints);
      if (s.kind === "value") marketShare = s.value;
      else if (s.kind === "invalid") push("value.notANumber", "warning", sheetRow, cShare, f.notANumber(sheetRow, cShare.header, s.raw, f.consequenceIgnored));
    }
    const previous = tierCol === undefined ? null : tierFromText(cellText(row[tierCol])) ?? null;

    accounts.push({
      index: r,
      row: sheetRow,
      name,
      revenue,
      priorRevenue,
      growth,
      tenureYears,
      strategic,
      region: text(row, cRegion),
      owner: text(row, cOwner),
      standing,
      standingText,
      score: 0,
      partRevenue: 0,
      partGrowth: 0,
      partTenure: 0,
      partStrategic: 0,
      rank: null,
      margin: -Infinity,
      machineTier: "prospect",
      override,
      tier: "prospect",
      held: false,
      previousTier: previous,
      change: "new",
      promotionCandidate: false,
      managementMode: null,
      salesMode: null,
      credit: null,
      potential: null,
      regionalShare: null,
      sensitivity: null,
      timeShare: 0,
      hours: null,
      reason: "",
      note: "",
    });
    inputs.push({
      overdue: number(row, cOverdue, 1, sheetRow, f.consequenceIgnored),
      creditText: text(row, cCredit),
      marketShare,
      marketPotential: number(row, cPotential, potentialUnit, sheetRow, f.consequenceIgnored),
      managementText: text(row, cMgmt),
      salesText: text(row, cSales),
      sensitivityText: text(row, cSens),
    });
  }
  return { accounts, inputs, skipped, findings };
}

/** A share column whose numbers run above 1 holds percent points (35 means 35%). */
function columnRunsAboveOne(values: readonly (readonly Cell[])[], start: number, column: number): boolean {
  for (let r = start; r < values.length; r++) {
    const v = values[r]?.[column];
    if (typeof v === "number" && Math.abs(v) > 1) return true;
    if (typeof v === "string" && !/%\s*$/.test(v)) {
      const p = parseNumber(v, 1);
      if (p.kind === "value" && Math.abs(p.value) > 1) return true;
    }
  }
  return false;
}
