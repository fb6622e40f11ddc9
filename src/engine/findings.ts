import { FIELDS, type Field } from "./fields";
/** What a finding is about. The message says it in the user's language; the code is for programs. */
export type FindingCode =
  | "sheet.empty"
  | "sheet.noRows"
  | "sheet.noAccounts"
  | "header.notFound"
  | "header.duplicate"
  | "header.shareRegion"
  | "header.regionLevel"
  | "header.lifetimeSales"
  | "header.averageUnstated"
  | "header.taxedTwin"
  | "header.grossTwin"
  | "header.currencyTwin"
  | "header.periodTwin"
  | "header.pivotSummary"
  | "header.guessed"
  | "header.byReportTitle"
  | "header.revenueSummed"
  | "header.priorBesideParts"
  | "lastRun.otherMonths"
  | "remark.status"
  | "remark.overdue"
  | "remark.arrears"
  | "remark.hold"
  | "remark.overLimit"
  | "header.noRevenue"
  | "header.revenueGone"
  | "mapping.missing"
  | "mapping.gone"
  | "mapping.moved"
  | "mapping.followed"
  | "mapping.conflict"
  | "value.notANumber"
  | "value.uncalculated"
  | "value.mixedCurrency"
  | "value.negative"
  | "value.notADate"
  | "value.futureVisit"
  | "row.duplicateKey"
  | "value.futureStart"
  | "value.notAFlag"
  | "value.implausible"
  | "value.unknownOverride"
  | "value.unknownStatus"
  | "value.unknownIntent"
  | "value.unknownRating"
  | "value.regionVariant"
  | "value.filledDown"
  | "value.regionAddress"
  | "value.typedAsText"
  | "row.missingName"
  | "row.duplicateName"
  | "row.sameNameOtherCode"
  | "row.duplicateCode"
  | "row.renamed"
  | "override.prospectWithSales"
  | "override.moveRefused"
  | "override.fillsKeyPlaces"
  | "status.hold"
  | "row.total"
  | "row.header"
  | "row.inactiveName"
  | "row.testRecord"
  | "row.inactiveWithSales"
  | "row.notAccount"
  | "row.sectionHeading"
  | "row.groupHead"
  | "row.subAccounts"
  | "rows.subAccounts"
  | "rows.groupHeads"
  | "rows.totals"
  | "row.note"
  | "row.loneNameBelow"
  | "rows.salesLines"
  | "rows.sumsAlone"
  | "rows.hidden"
  | "owner.missingForKey"
  | "owner.overloaded"
  | "rules.invalid"
  | "rules.rounded"
  | "tier.noSales"
  | "tier.salesEmptied"
  | "header.unitsApart"
  | "tier.salesLeftBlank"
  | "tier.keySalesBlank"
  | "row.salesOutOfScale"
  | "tier.noneAtThreshold"
  | "tier.editedByHand"
  | "note.editedByHand"
  | "note.keptByHand"
  | "review.editedByHand"
  | "header.unitAssumed"
  | "header.salesInPercent"
  | "header.salesInVolume"
  | "header.periodProrated"
  | "header.unitOfSales"
  | "header.periodUnknown"
  | "header.measureMismatch"
  | "header.currencyConflict"
  | "header.noCurrency"
  | "header.currencyByCountry"
  | "header.companyRevenue"
  | "header.dealList"
  | "header.agingBuckets"
  | "header.overdueAmount"
  | "header.creditScoreScale"
  | "header.limitAlone"
  | "header.overLimitMost"
  | "header.secondTable"
  | "status.prospectWithSales"
  | "status.notAccountWithSales"
  | "status.prospectBoughtBefore"
  | "status.dispute"
  | "output.noRoom"
  | "output.merged"
  | "output.besideOthers"
  | "output.outsideTable"
  | "output.pivotTable"
  | "output.dropped"
  | "output.off"
  | "sheet.isOutput"
  | "sheet.renamed"
  | "sheet.sameList"
  | "sheet.periodSheets"
  | "sheet.priorYearSheet";

/** `error` stops a write; `warning` and `info` are shown and the run goes on. */
export type Severity = "error" | "warning" | "info";

/** One thing wrong or worth knowing, with where it is (zod's issue shape, plus sheet coordinates). */
export type Finding = {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** 1-based sheet row. */
  readonly row?: number;
  /** Column letters, e.g. "C". */
  readonly column?: string;
  /** The header of that column, as the user wrote it. */
  readonly header?: string;
  /** For rule and mapping findings: the setting's path, e.g. `tiering.keyShare`, `mapping.revenue`. */
  readonly setting?: string;
  /**
   * The row is hidden on the sheet (a filter, by hand, a collapsed outline): going to it selects a cell
   * the user cannot see until the row shows again. Set by the workbook layer, which knows the sheet.
   */
  readonly rowHidden?: true;
  readonly message: string;
};

/**
 * Tells whether any finding stops the run from writing.
 * @example hasBlockingFinding([{ code: "rules.invalid", severity: "error", message: "" }]) // true
 */
export function hasBlockingFinding(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

/**
 * The field whose column a finding is about (`setting: "mapping.<field>"`): an error's is to be chosen
 * (again) for the run to go on; a warning's to be checked (no sales column found, a column followed to
 * where it moved).
 * @example fieldOf({ code: "header.noRevenue", severity: "warning", setting: "mapping.revenue", message: "" }) // "revenue"
 */
export function fieldOf(finding: Finding): Field | undefined {
  const field = /^mapping\.(\w+)$/.exec(finding.setting ?? "")?.[1];
  return field !== undefined && (FIELDS as readonly string[]).includes(field) ? (field as Field) : undefined;
}

/**
 * The field whose column must be chosen (again) for the run to go on, where an error is about one: a
 * required column not found, one column taken for two fields, a column chosen by its letters that has
 * since gone, a company's revenue taken for sales (each carries `setting: "mapping.<field>"`). These are
 * fixed by choosing the column (the pane's Columns, the CLI's --map), not in the sheet.
 * @example fieldToChoose({ code: "mapping.moved", severity: "error", setting: "mapping.revenue", message: "" }) // "revenue"
 */
export function fieldToChoose(finding: Finding): Field | undefined {
  return finding.severity === "error" ? fieldOf(finding) : undefined;
}

/**
 * Findings in the order the doors list them (the terminal its first five, the pane its first hundred):
 * warnings before notes, and within each one of every kind before a second of any, so that the first
 * lines show as many different problems as there are (800 status contradictions do not hide the key
 * account without an owner).
 * @example byKind([a1, a2, b1]) // [a1, b1, a2] where a and b are two codes of one severity
 */
export function byKind(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const severity of ["error", "warning", "info"] as const) {
    const groups = new Map<string, Finding[]>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const group = groups.get(f.code);
      if (group) group.push(f);
      else groups.set(f.code, [f]);
    }
    const lists = [...groups.values()];
    for (let i = 0; lists.some((l) => i < l.length); i++)
      for (const l of lists) if (i < l.length) out.push(l[i] as Finding);
  }
  return out;
}

/**
 * The findings a door lists, at most `shown` of them: chosen by `byKind`, then read top to bottom
 * (the engine's order, rows ascending) within each severity, so that three findings on rows 5, 6 and 9
 * are not listed 5, 9, 6.
 * @example findingsToList([a5, b9, a6], 5) // [a5, a6, b9] where a and b are two codes of one severity
 */
export function findingsToList(findings: readonly Finding[], shown: number): Finding[] {
  const chosen = new Set(byKind(findings).slice(0, shown));
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return findings.filter((f) => chosen.has(f)).sort((a, b) => rank[a.severity] - rank[b.severity]);
}
