import { Button, Dropdown, Field, Option, Text } from "@fluentui/react-components";
import { useId, useState } from "react";
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

/** How many fields were recognised and how many need a look: the line the columns collapse to. */
export function columnCounts(result: DoorResult | null): { recognised: number; toCheck: number } {
  const header = result?.outcome.header;
  if (!header) return { recognised: 0, toCheck: 0 };
  const recognised = FIELDS.filter((f) => header.mapping[f] !== undefined).length;
  const guessed = header.matches.filter((x) => x.how === "guessed").length;
  return { recognised, toCheck: guessed + header.missing.length };
}

/**
 * The columns as one summary line ("12 of 17 columns recognised; 1 to check"); the mapping opens when
 * asked, or by itself when a required column is missing.
 */
export function ColumnsSection({ m, result, mapping, onMap }: Props) {
  const s = useSectionStyles();
  const ui = m.ui;
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const header = result?.outcome.header;
  const headers = result?.headers ?? [];
  const mustDecide = (header?.missing.length ?? 0) > 0;
  const shown = open || mustDecide;
  const { recognised, toCheck } = columnCounts(result);
  // Columns that mean nothing to the detector, and second columns for a field already mapped.
  const unused = header
    ? [...header.unmapped, ...header.duplicates].sort((a, b) => a.column - b.column).map((u) => u.header)
    : [];
  return (
    <section className={s.section} aria-labelledby="columns-heading">
      <div className={s.summaryRow}>
        <h2 id="columns-heading" className={s.heading}>
          {ui.columnsHeading}
        </h2>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={shown}
          aria-controls={shown ? bodyId : undefined}
          onClick={() => setOpen(!shown)}
          disabled={mustDecide}
        >
          {shown ? ui.hideColumns : ui.showColumns}
        </Button>
      </div>
      {header && <Text className={s.muted}>{ui.columnsSummary(recognised, FIELDS.length, toCheck)}</Text>}
      {shown && (
        <div id={bodyId} className={s.body}>
          {FIELDS.map((field) => {
            const match = header?.matches.find((x) => x.field === field);
            const chosen = mapping[field] ?? AUTO;
            const shownValue = chosen === AUTO ? (match ? match.header : ui.notMapped) : chosen;
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
                    <Option key={h} value={h}>
                      {h}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
          {unused.length > 0 && <Text className={s.muted}>{ui.unmappedColumns(m.engine.list(unused))}</Text>}
        </div>
      )}
    </section>
  );
}
