import { Button, Switch, Text } from "@fluentui/react-components";
import type { UiMessages } from "../../i18n";
import type { DoorResult } from "../door";
import { useSectionStyles } from "./Section.styles";

type Props = {
  readonly ui: UiMessages;
  readonly result: DoorResult | null;
  readonly useSelection: boolean;
  readonly canSelect: boolean;
  readonly busy: boolean;
  readonly onUseSelection: (value: boolean) => void;
  readonly onRefresh: () => void;
};

/** Which sheet and range will be read, rows found, header row found. */
export function DataSection({ ui, result, useSelection, canSelect, busy, onUseSelection, onRefresh }: Props) {
  const s = useSectionStyles();
  return (
    <section className={s.section} aria-labelledby="data-heading">
      <h2 id="data-heading" className={s.heading}>
        {ui.dataHeading}
      </h2>
      {result && (
        <div className={s.lines}>
          <Text>{ui.sheetLine(result.sheetName)}</Text>
          <Text>{ui.rangeLine(result.range)}</Text>
          <Text>{ui.rowsLine(result.rowCount, result.outcome.headerRow)}</Text>
        </div>
      )}
      <div className={s.row}>
        {canSelect && (
          <Switch
            label={ui.useSelection}
            checked={useSelection}
            onChange={(_, d) => onUseSelection(d.checked)}
          />
        )}
        <Button onClick={onRefresh} disabled={busy}>
          {ui.refresh}
        </Button>
      </div>
    </section>
  );
}
