import { Spinner, Text } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { FIELDS, type Field as FieldName, columnsReadBeside, fieldOf, fieldToChoose } from "../../engine";
import type { Messages } from "../../i18n";
import type { DoorResult } from "../door";
import { useDisclosure } from "./Disclosure";
import { useSectionStyles } from "./Section.styles";

type Props = {
  readonly m: Messages;
  readonly result: DoorResult | null;
  readonly mapping: Partial<Record<FieldName, string>>;
  readonly onMap: (field: FieldName, header: string | null) => void;
};

// The mapping's dropdowns are not on the first screen: loaded when the columns open.
const ColumnMapping = lazy(() => import(/* webpackChunkName: "columns" */ "./ColumnMapping"));

/**
 * The fields whose column must be chosen (again) before the run can go on, each with the error that says
 * why: a required column not found, one column taken for two fields, a column chosen by its letters that
 * has since gone (mapping.moved), a company's revenue taken for sales. These are fixed in the pane's
 * Columns, not in the sheet: the section opens by itself and the field says it.
 */
export function columnProblems(result: DoorResult | null): Partial<Record<FieldName, string>> {
  const problems: Partial<Record<FieldName, string>> = {};
  for (const f of result?.outcome.findings ?? []) {
    // No name column found, where the pane has columns to offer (the header's, or the likeliest row's
    // where no header was read): the name is chosen there, as the finding asks.
    const field = f.code === "header.notFound" && nameToChoose(result) ? "name" : fieldToChoose(f);
    if (field !== undefined) problems[field] ??= f.message;
  }
  return problems;
}

/** The pane offers columns to choose the name from: the header's, or the row most likely to be it. */
function nameToChoose(result: DoorResult | null): boolean {
  return (result?.outcome.header.headerRow ?? -1) >= 0 || (result?.headers.length ?? 0) > 0;
}

/**
 * The fields whose column is worth a look, each with the warning that says why, where no error is about
 * it: no sales column found (the accounts tiered without sales), a column chosen by its letters followed
 * to where it moved. Said under the field; the section opens by itself once, and folds when asked.
 */
export function columnWarnings(result: DoorResult | null): Partial<Record<FieldName, string>> {
  const problems = columnProblems(result);
  const warnings: Partial<Record<FieldName, string>> = {};
  for (const f of result?.outcome.findings ?? []) {
    const field = f.severity === "warning" ? fieldOf(f) : undefined;
    if (field !== undefined && problems[field] === undefined) warnings[field] ??= f.message;
  }
  return warnings;
}

/**
 * True when choosing columns in the pane is all it takes: every error is about a field's column, or the
 * name's column not found under a header that was (the name field is then among those to choose).
 */
export function onlyColumnsToChoose(result: DoorResult | null): boolean {
  const errors = result?.outcome.findings.filter((f) => f.severity === "error") ?? [];
  return (
    errors.length > 0 &&
    errors.every(
      (f) => fieldToChoose(f) !== undefined || (f.code === "header.notFound" && nameToChoose(result)),
    )
  );
}

/**
 * How many of the sheet's own columns were recognised, of how many, and how many need a look: the line
 * the columns collapse to. The sheet's columns are those with a header, less the run's own from an
 * earlier run; a column recognised is one the run reads (each month of sales summed counts, and the
 * remarks read for days overdue). It was fields found of the 26 the add-in knows ("16/26 列" on a sheet of
 * 18 columns: ten seemed unread).
 */
export function columnCounts(result: DoorResult | null): {
  recognised: number;
  total: number;
  toCheck: number;
} {
  const header = result?.outcome.header;
  if (!header) return { recognised: 0, total: 0, toCheck: 0 };
  const ours = new Set(Object.values(header.outputs));
  const read = new Set<number>();
  for (const f of FIELDS) {
    const column = header.mapping[f];
    if (column !== undefined) read.add(column);
  }
  for (const part of [...(header.revenueParts ?? []), ...(header.priorRevenueParts ?? [])])
    read.add(part.column);
  // The remarks, and an Active beside a Type, are read too (备注's 已逾期120天 sets the credit).
  for (const beside of columnsReadBeside(header)) read.add(beside.column);
  // With no header read, the columns the pane offers (the row likeliest to be the header) are the sheet's.
  let total = header.headerRow < 0 ? (result?.headers.length ?? 0) : 0;
  header.labels.forEach((label, column) => {
    if (!ours.has(column) && label !== null && label !== undefined && String(label).trim() !== "") total++;
  });
  const guessed = header.matches.filter((x) => x.how === "guessed").length;
  // A column chosen by hand that has gone is one more to check; a missing one is counted once.
  const missing = new Set<string>(header.missing.map((x) => x.field));
  const gone = Object.keys(columnProblems(result)).filter((f) => !missing.has(f)).length;
  // A field said to be worth a look (no sales column found) that no guess above counts already.
  const guessedFields = new Set<string>(
    header.matches.filter((x) => x.how === "guessed").map((x) => x.field),
  );
  const warned = Object.keys(columnWarnings(result)).filter((f) => !guessedFields.has(f)).length;
  return {
    recognised: read.size,
    total: Math.max(total, read.size),
    toCheck: guessed + missing.size + gone + warned,
  };
}

/**
 * The columns as one summary line ("12 of the sheet's 17 columns recognised; 1 to check"); the mapping opens when
 * asked, or by itself when a column must be chosen before the run can go on.
 */
export function ColumnsSection({ m, result, mapping, onMap }: Props) {
  const s = useSectionStyles();
  const ui = m.ui;

  const header = result?.outcome.header;
  const mustDecide = (header?.missing.length ?? 0) > 0 || Object.keys(columnProblems(result)).length > 0;
  const {
    shown,
    bodyId,
    header: top,
  } = useDisclosure({
    id: "columns-heading",
    heading: ui.columnsHeading,
    show: ui.showColumns,
    hide: ui.hideColumns,
    forceOpen: mustDecide,
    suggestOpen: Object.keys(columnWarnings(result)).length > 0,
  });
  const { recognised, total, toCheck } = columnCounts(result);
  return (
    <section className={s.section} aria-labelledby="columns-heading">
      {top}
      {header && <Text className={s.muted}>{ui.columnsSummary(recognised, total, toCheck)}</Text>}
      {shown && (
        <Suspense fallback={<Spinner size="tiny" label={ui.loading} />}>
          <ColumnMapping m={m} result={result} mapping={mapping} bodyId={bodyId} onMap={onMap} />
        </Suspense>
      )}
    </section>
  );
}
