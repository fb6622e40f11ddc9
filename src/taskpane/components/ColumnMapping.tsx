import { Dropdown, Field, Option, Text } from "@fluentui/react-components";
import {
  FIELDS,
  type Field as FieldName,
  REQUIRED_FIELDS,
  columnsReadBeside,
  foldText,
  oneLine,
} from "../../engine";
import type { Messages } from "../../i18n";
import type { DoorResult, HeaderChoice } from "../door";
import { columnProblems, columnWarnings } from "./ColumnsSection";
import { useSectionStyles } from "./Section.styles";

type Props = {
  readonly m: Messages;
  readonly result: DoorResult | null;
  readonly mapping: Partial<Record<FieldName, string>>;
  readonly bodyId: string;
  readonly onMap: (field: FieldName, header: string | null) => void;
};

const AUTO = "";

type Choice = {
  /** What the mapping saves: the header, or the letters where another column is headed alike. */
  readonly value: string;
  /** What the option shows. */
  readonly text: string;
  readonly header: string;
  readonly column: number;
};

/**
 * The dropdowns' options: a column by its header, or, where two columns are headed alike (the run
 * reads the first of them by that header), by its letters, shown beside the header; a column with no
 * header by its letters ("A列（无表头）").
 */
export function choicesOf(headers: readonly HeaderChoice[], m: Messages): Choice[] {
  const key = (h: HeaderChoice): string => foldText(oneLine(h.text));
  const count = new Map<string, number>();
  for (const h of headers) count.set(key(h), (count.get(key(h)) ?? 0) + 1);
  return headers.map((h) => {
    const header = oneLine(h.text);
    if (header === "")
      return { value: h.letter, text: m.ui.columnWithoutHeader(h.letter), header, column: h.column };
    return (count.get(key(h)) ?? 0) > 1
      ? { value: h.letter, text: m.ui.headerInColumn(header, h.letter), header, column: h.column }
      : { value: h.text, text: header, header, column: h.column };
  });
}

/** The option a mapping stands for: its own, or else the first column of its header, as the run reads it. */
function choiceFor(chosen: string, choices: readonly Choice[]): Choice | undefined {
  const wanted = foldText(oneLine(chosen));
  return choices.find((c) => c.value === chosen) ?? choices.find((c) => foldText(c.header) === wanted);
}

/** Each field, the header it was mapped to, a dropdown to fix it: loaded when the columns open. */
export default function ColumnMapping({ m, result, mapping, bodyId, onMap }: Props) {
  const s = useSectionStyles();
  const ui = m.ui;
  const header = result?.outcome.header;
  const choices = choicesOf(result?.headers ?? [], m);
  const problems = columnProblems(result);
  const warnings = columnWarnings(result);
  const textOf = (u: { column: number; header: string }): string =>
    choices.find((c) => c.column === u.column)?.text ?? oneLine(u.header);
  // Columns read beside the fields (备注 for days overdue; Active beside Type), said with what for: 备注
  // was listed as unused while its 已逾期120天 set the credit.
  const beside = header ? columnsReadBeside(header) : [];
  const statusHeader = header?.matches.find((x) => x.field === "status")?.header ?? "";
  const alsoRead = beside.map((b) =>
    b.as === "remarks" ? ui.readAsRemarks(textOf(b)) : ui.readAsActive(textOf(b), oneLine(statusHeader)),
  );
  // Columns that mean nothing to the detector, and second columns for a field already mapped.
  const unused = header
    ? [...header.unmapped, ...header.duplicates]
        .filter((u) => !beside.some((b) => b.column === u.column))
        .sort((a, b) => a.column - b.column)
        .map(textOf)
    : [];
  return (
    <div id={bodyId} className={s.body}>
      {FIELDS.map((field) => {
        const match = header?.matches.find((x) => x.field === field);
        const chosen = mapping[field] ?? AUTO;
        const choice = chosen === AUTO ? undefined : choiceFor(chosen, choices);
        const parts =
          field === "revenue"
            ? header?.revenueParts
            : field === "priorRevenue"
              ? header?.priorRevenueParts
              : undefined;
        const detected =
          parts && parts.length > 1
            ? ui.sumOfColumns(
                (parts[0] as (typeof parts)[number]).header,
                (parts[parts.length - 1] as (typeof parts)[number]).header,
                parts.length,
              )
            : match && (choices.find((c) => c.column === match.column)?.text ?? match.header);
        // A header typed on two lines (年销售额⏎（万元）) shows as one, as Excel's own lists show it.
        const shownValue = oneLine(chosen === AUTO ? (detected ?? ui.notMapped) : (choice?.text ?? chosen));
        const name = m.engine.fieldName[field] ?? field;
        const required = REQUIRED_FIELDS.includes(field);
        const label = required ? ui.requiredLabel(name) : name;
        const hint =
          chosen !== AUTO
            ? ui.confidence.explicit
            : match?.how === "guessed"
              ? ui.confidence.guessed
              : undefined;
        const problem = problems[field];
        const warning = warnings[field];
        return (
          <Field
            key={field}
            label={label}
            hint={hint}
            {...(problem
              ? { validationState: "error" as const, validationMessage: oneLine(problem) }
              : warning
                ? { validationState: "warning" as const, validationMessage: oneLine(warning) }
                : {})}
          >
            <Dropdown
              aria-label={name}
              value={shownValue}
              selectedOptions={[choice?.value ?? chosen]}
              onOptionSelect={(_, d) =>
                onMap(field, d.optionValue === AUTO || d.optionValue === undefined ? null : d.optionValue)
              }
              size="small"
            >
              <Option value={AUTO} text={ui.automatic}>
                {ui.automatic}
              </Option>
              {choices.map((c) => (
                <Option key={c.column} value={c.value} text={c.text}>
                  {c.text}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      {alsoRead.length > 0 && <Text className={s.muted}>{ui.alsoReadColumns(m.engine.list(alsoRead))}</Text>}
      {unused.length > 0 && <Text className={s.muted}>{ui.unmappedColumns(m.engine.list(unused))}</Text>}
    </div>
  );
}
