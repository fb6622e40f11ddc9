import { Dropdown, Field, Option, Text } from "@fluentui/react-components";
import { FIELDS, type Field as FieldName, REQUIRED_FIELDS, oneLine } from "../../engine";
import type { Messages } from "../../i18n";
import type { DoorResult } from "../door";
import { useSectionStyles } from "./Section.styles";

type Props = {
  readonly m: Messages;
  readonly result: DoorResult | null;
  readonly mapping: Partial<Record<FieldName, string>>;
  readonly bodyId: string;
  readonly onMap: (field: FieldName, header: string | null) => void;
};

const AUTO = "";

/** Each field, the header it was mapped to, a dropdown to fix it: loaded when the columns open. */
export default function ColumnMapping({ m, result, mapping, bodyId, onMap }: Props) {
  const s = useSectionStyles();
  const ui = m.ui;
  const header = result?.outcome.header;
  const headers = result?.headers ?? [];
  // Columns that mean nothing to the detector, and second columns for a field already mapped.
  const unused = header
    ? [...header.unmapped, ...header.duplicates]
        .sort((a, b) => a.column - b.column)
        .map((u) => oneLine(u.header))
    : [];
  return (
    <div id={bodyId} className={s.body}>
      {FIELDS.map((field) => {
        const match = header?.matches.find((x) => x.field === field);
        const chosen = mapping[field] ?? AUTO;
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
            : match?.header;
        // A header typed on two lines (年销售额⏎（万元）) shows as one, as Excel's own lists show it.
        const shownValue = oneLine(chosen === AUTO ? (detected ?? ui.notMapped) : chosen);
        const name = m.engine.fieldName[field] ?? field;
        const required = REQUIRED_FIELDS.includes(field);
        const label = required ? ui.requiredLabel(name) : name;
        const hint =
          chosen !== AUTO
            ? ui.confidence.explicit
            : match?.how === "guessed"
              ? ui.confidence.guessed
              : undefined;
        return (
          <Field key={field} label={label} hint={hint}>
            <Dropdown
              aria-label={name}
              value={shownValue}
              selectedOptions={[chosen]}
              onOptionSelect={(_, d) =>
                onMap(field, d.optionValue === AUTO || d.optionValue === undefined ? null : d.optionValue)
              }
              size="small"
            >
              <Option value={AUTO} text={ui.automatic}>
                {ui.automatic}
              </Option>
              {headers.map((h) => (
                <Option key={h} value={h} text={oneLine(h)}>
                  {oneLine(h)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      {unused.length > 0 && <Text className={s.muted}>{ui.unmappedColumns(m.engine.list(unused))}</Text>}
    </div>
  );
}
