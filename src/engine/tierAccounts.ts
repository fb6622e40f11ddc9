import type { AccountResult } from "./account";
import { type CellGrid, cellText, columnLetter, isBlankCell } from "./cells";
import type { Change } from "./classes";
import {
  createManagementModeClassifier,
  createSalesModeClassifier,
  createSensitivityClassifier,
  creditFromOverdue,
  creditFromRating,
  potentialFromGrowth,
  potentialFromHeadroom,
  shareClass,
} from "./classify";
import { explainTier } from "./explain";
import type { Field } from "./fields";
import type { Finding } from "./findings";
import { type ExplicitMapping, type HeaderDetection, detectColumns } from "./headers";
import type { EngineMessages } from "./messages";
import { createNoteWriter } from "./notes";
import type { OutputKey } from "./outputs";
import { rankAccounts } from "./rank";
import { type RowInputs, type SkippedRow, readAccounts } from "./readAccounts";
import { type Rules, type Tier, validateRules } from "./rules";
import { scoreAccounts } from "./score";
import { type TieringSummary, allocateTime, checkOwners } from "./summarize";

export type TieringInput = {
  readonly grid: CellGrid;
  readonly messages: EngineMessages;
  /** Rules as read from JSON; validated here. Omitted: the defaults. */
  readonly rules?: unknown;
  readonly mapping?: ExplicitMapping | undefined;
  /** Headers of the product's own output columns in every language, to find them again on a re-run. */
  readonly outputHeaders?: Readonly<Partial<Record<OutputKey, readonly string[]>>> | undefined;
  /** Number format per grid column (of the first data cell), where a unit such as 万元 may live. */
  readonly columnFormats?: readonly (string | undefined)[] | undefined;
  /** The date relationship lengths are counted to. */
  readonly asOf: Date;
};

/** Which classification dimensions and extras this sheet has input for (and so which columns are written). */
export type PresentDimensions = Readonly<Record<"managementMode" | "salesMode" | "credit" | "potential" | "regionalShare" | "sensitivity", boolean>>;

export type TieringResult = {
  readonly rules: Rules;
  readonly header: HeaderDetection;
  /** 1-based sheet row of the header, or null when none was found. */
  readonly headerRow: number | null;
  readonly accounts: readonly AccountResult[];
  readonly skipped: readonly SkippedRow[];
  readonly findings: readonly Finding[];
  readonly summary: TieringSummary;
  readonly dimensions: PresentDimensions;
  /** The sheet holds tiers written by an earlier run. */
  readonly hasPrevious: boolean;
  /** countShare: key accounts the rules ask for. */
  readonly keyCount: number;
};

const TIER_ORDER: Readonly<Record<Tier, number>> = { prospect: 0, ordinary: 1, key: 2 };

function compareTiers(previous: Tier | null, now: Tier): Change {
  if (previous === null) return "new";
  const d = TIER_ORDER[now] - TIER_ORDER[previous];
  return d > 0 ? "promoted" : d < 0 ? "demoted" : "same";
}

/**
 * Tiers a sheet of distributors: finds the header, reads every row, scores, tiers (method, hysteresis,
 * override), classifies along the six dimensions, allocates sales time, compares with the previous run,
 * and explains and annotates every row in the user's language. Never throws on a user's sheet: what is
 * wrong comes back as findings.
 * @example tierAccounts({ grid: { values, origin: { row: 0, column: 0 } }, messages: zhCN, asOf: new Date() })
 */
export function tierAccounts(input: TieringInput): TieringResult {
  const m = input.messages;
  const validated = validateRules(input.rules, m);
  const rules = validated.rules;
  const findings: Finding[] = [...validated.findings];
  const { values, origin } = input.grid;

  const header = detectColumns(values, {
    mapping: input.mapping,
    outputHeaders: input.outputHeaders ?? Object.fromEntries(Object.entries(m.outputHeader).map(([k, v]) => [k, [v]])),
  });
  const letter = (c: number): string => columnLetter(origin.column + c);
  const headerText = (c: number): string => cellText(values[header.headerRow]?.[c]) || letter(c);

  if (values.every((row) => row.every((c) => isBlankCell(c)))) {
    findings.push({ code: "sheet.empty", severity: "error", message: m.finding.sheetEmpty() });
    return emptyResult(rules, header, findings, origin.row);
  }
  for (const miss of header.missing) {
    findings.push({
      code: "mapping.missing",
      severity: "error",
      message: m.finding.mappingMissing(m.fieldName[miss.field] ?? miss.field, miss.wanted),
    });
  }
  if (header.headerRow < 0 || header.mapping.name === undefined) {
    findings.push({ code: "header.notFound", severity: "error", message: m.finding.headerNotFound() });
    return emptyResult(rules, header, findings, origin.row);
  }
  const headerSheetRow = origin.row + header.headerRow + 1;
  for (const d of header.duplicates) {
    const kept = header.mapping[d.field];
    findings.push({
      code: "header.duplicate",
      severity: "warning",
      row: headerSheetRow,
      column: letter(d.column),
      header: d.header,
      message: m.finding.headerDuplicate(d.header, m.fieldName[d.field] ?? d.field, kept === undefined ? "" : headerText(kept)),
    });
  }
  const guessed = header.matches.find((x) => x.how === "guessed");
  if (guessed) {
    findings.push({
      code: "header.guessed",
      severity: "warning",
      row: headerSheetRow,
      column: letter(guessed.column),
      header: guessed.header,
      message: m.finding.headerGuessed(guessed.header || letter(guessed.column)),
    });
  }

  const read = readAccounts(input.grid, header, rules, m, input.asOf, input.columnFormats ?? []);
  findings.push(...read.findings);
  const { accounts, inputs } = read;
  const has = (f: Field): boolean => header.mapping[f] !== undefined;

  scoreAccounts(accounts, inputs, {
    revenue: has("revenue"),
    growth: has("growth") || has("priorRevenue") || has("marketPotential"),
    tenure: has("tenure"),
    strategic: has("strategic"),
  }, rules);
  const rank = rankAccounts(accounts, rules);
  if (has("revenue") && accounts.length > 0 && rank.totalRevenue <= 0) {
    const c = header.mapping.revenue as number;
    findings.push({ code: "tier.noSales", severity: "warning", column: letter(c), header: headerText(c), message: m.finding.noSales(headerText(c)) });
  }

  const dimensions: PresentDimensions = {
    managementMode: has("managementMode"),
    salesMode: has("salesMode"),
    credit: has("credit") || has("overdue"),
    potential: has("growth") || has("priorRevenue") || has("marketPotential"),
    regionalShare: has("marketShare") || (has("region") && has("revenue")),
    sensitivity: has("sensitivity"),
  };
  classify(accounts, inputs, dimensions, has("marketShare"), rules);

  let hasPrevious = false;
  for (const a of accounts) {
    if (a.previousTier !== null) hasPrevious = true;
    a.change = compareTiers(a.previousTier, a.tier);
    a.promotionCandidate = a.tier === "ordinary" && a.growth !== null && a.growth >= rules.promotion.minGrowth;
  }
  const summary = allocateTime(accounts, rules);
  const note = createNoteWriter(m, has("owner"));
  for (let i = 0; i < accounts.length; i++) {
    const a = accounts[i] as AccountResult;
    a.reason = explainTier(a, i, rank, rules, m);
    a.note = note(a);
  }
  if (has("owner")) {
    const c = header.mapping.owner as number;
    findings.push(...checkOwners(accounts, summary, { letter: letter(c), header: headerText(c) }, rules, m));
  }
  return {
    rules,
    header,
    headerRow: headerSheetRow,
    accounts,
    skipped: read.skipped,
    findings,
    summary,
    dimensions,
    hasPrevious,
    keyCount: rank.keyCount,
  };
}

function classify(
  accounts: AccountResult[],
  inputs: readonly RowInputs[],
  present: PresentDimensions,
  hasMarketShare: boolean,
  rules: Rules,
): void {
  const mgmt = createManagementModeClassifier(rules.synonyms.managementMode);
  const sales = createSalesModeClassifier(rules.synonyms.salesMode);
  const sens = createSensitivityClassifier(rules.synonyms.sensitivity);
  const regionTotals = new Map<string, number>();
  if (present.regionalShare && !hasMarketShare) {
    for (const a of accounts) {
      if (a.region !== "" && a.revenue !== null && a.revenue > 0) regionTotals.set(a.region, (regionTotals.get(a.region) ?? 0) + a.revenue);
    }
  }
  for (let i = 0; i < accounts.length; i++) {
    const a = accounts[i] as AccountResult;
    const x = inputs[i];
    if (!x) continue;
    if (present.managementMode) a.managementMode = mgmt(x.managementText);
    if (present.salesMode) a.salesMode = sales(x.salesText);
    if (present.sensitivity) a.sensitivity = sens(x.sensitivityText);
    if (present.credit) {
      const rated = x.creditText === "" ? undefined : creditFromRating(x.creditText);
      a.credit = rated ?? (x.overdue !== null ? creditFromOverdue(Math.max(0, x.overdue), rules) : "unknown");
    }
    if (present.potential) {
      if (a.growth !== null) a.potential = potentialFromGrowth(a.growth, rules);
      else if (x.marketPotential !== null && x.marketPotential > 0) {
        a.potential = potentialFromHeadroom(1 - Math.max(0, a.revenue ?? 0) / x.marketPotential, rules);
      } else a.potential = "unknown";
    }
    if (present.regionalShare) {
      if (hasMarketShare) a.regionalShare = x.marketShare === null ? "unknown" : shareClass(x.marketShare, rules);
      else {
        const total = regionTotals.get(a.region) ?? 0;
        a.regionalShare = a.region === "" || total <= 0 ? "unknown" : shareClass(Math.max(0, a.revenue ?? 0) / total, rules);
      }
    }
  }
}

function emptyResult(rules: Rules, header: HeaderDetection, findings: Finding[], originRow: number): TieringResult {
  return {
    rules,
    header,
    headerRow: header.headerRow >= 0 && header.mapping.name !== undefined ? originRow + header.headerRow + 1 : null,
    accounts: [],
    skipped: [],
    findings,
    summary: allocateTime([], rules),
    dimensions: { managementMode: false, salesMode: false, credit: false, potential: false, regionalShare: false, sensitivity: false },
    hasPrevious: false,
    keyCount: 0,
  };
}

