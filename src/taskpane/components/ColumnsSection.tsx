import { Badge, Dropdown, Field, Option, Text } from "@fluentui/react-components";
import { FIELDS, type Field as FieldName, REQUIRED_FIELDS } from "../../engine";
import type { Messages } from "../../i18n";
import type { DoorResult } from "../door";
import { useSectionStyles } from "./Section.styles";

type Props = {
  readonly m: Messages;
  readonly result: DoorResult | null;
  readonly mapping: Partial<Record<FieldName, string>>;
  readonly onMap: (field: FieldName, header: string | null) => void;
};

const AUTO = "";

/** Each field the engine knows, the header it was mapped to and how sure the detector is, a dropdown to fix it. */
export function ColumnsSection({ m, result, mapping, onMap }: Props) {
  const s = useSectionStyles();
  const ui = m.ui;
  const header = result?.outcome.header;
  const headers = result?.headers ?? [];
  // Columns that mean nothing to the detector, and second columns for a field already mapped.
  const unused = header
    ? [...header.unmapped, ...header.duplicates].sort((a, b) => a.column - b.column).map((u) => u.header)
    : [];
  return (
    <section className={s.section} aria-labelledby="columns-heading">
      <h2 id="columns-heading" className={s.heading}>
        {ui.columnsHeading}
      </h2>
      <div className={s.lines}>
        {FIELDS.map((field) => {
          const match = header?.matches.find((x) => x.field === field);
          const chosen = mapping[field] ?? AUTO;
          const shown = chosen === AUTO ? (match ? `${ui.automatic} ${match.header}` : ui.automatic) : chosen;
          const required = REQUIRED_FIELDS.includes(field);
          const label = `${m.engine.fieldName[field] ?? field}${required ? ` (${ui.required})` : ""}`;
          return (
            <Field
              key={field}
              label={label}
              required={required}
              hint={match ? ui.confidence[match.how] : ui.notMapped}
            >
              <div className={s.row}>
                <Dropdown
                  aria-label={label}
                  value={shown}
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
                    <Option key={h} value={h}>
                      {h}
                    </Option>
                  ))}
                </Dropdown>
                {match && chosen === AUTO && (
                  <Badge appearance="tint" color={match.how === "guessed" ? "warning" : "brand"} size="small">
                    {Math.round(match.confidence * 100)}%
                  </Badge>
                )}
              </div>
            </Field>
          );
        })}
      </div>
      {unused.length > 0 && <Text className={s.muted}>{ui.unmappedColumns(m.engine.list(unused))}</Text>}
    </section>
  );
}
