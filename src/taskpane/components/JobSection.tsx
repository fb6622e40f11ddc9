import { Button, Field, ProgressBar, Switch, Text } from "@fluentui/react-components";
import { Suspense, lazy, useId } from "react";
import type { Messages } from "../../i18n";
import type { DoorResult } from "../door";
import { useAfterFirstPaint } from "../hooks/useAfterFirstPaint";
import type { Progress } from "../hooks/useTiering";
import { useSectionStyles } from "./Section.styles";

// The tooltip (and the positioning code behind it) arrives after the first render; the button works before.
const Hint = lazy(() => import(/* webpackChunkName: "hint" */ "./Hint"));

type Props = {
  readonly m: Messages;
  readonly result: DoorResult | null;
  /** What the rules give ("With these rules: 30 key accounts, …"), or null where nothing can be said. */
  readonly preview: string | null;
  readonly running: boolean;
  readonly busy: boolean;
  /** Why Run is unavailable, in the user's language; null when it can run. */
  readonly blockedBy: string | null;
  readonly progress: Progress | null;
  readonly useSelection: boolean;
  readonly canSelect: boolean;
  readonly onUseSelection: (value: boolean) => void;
  readonly onRun: () => void;
  readonly onCancel: () => void;
  readonly onRefresh: () => void;
};

/** The job, first in the pane: what will be tiered (sheet, accounts, header), what the rules give, and Run. */
export function JobSection(p: Props) {
  const s = useSectionStyles();
  const ui = p.m.ui;
  const reasonId = useId();
  const o = p.result?.outcome;
  const label = p.progress
    ? ui.progress(ui.phases[p.progress.phase], p.progress.done, p.progress.total)
    : ui.running;
  const later = useAfterFirstPaint();
  // Stopped before tiering anyone (a column to choose, a sheet to fix): the rows under the header are
  // said, where "0 distributors" read as if the sheet had no data.
  const lastRow = Number(/(\d+)$/.exec(p.result?.range ?? "")?.[1]);
  const headerEnd = o?.headerRow == null ? null : o.headerRow + o.header.headerRows - 1;
  const rowsBelow =
    o && headerEnd !== null && o.summary.accounts === 0 && o.findings.some((f) => f.severity === "error")
      ? lastRow - headerEnd
      : null;
  const refresh = (
    <Button appearance="subtle" onClick={p.onRefresh} disabled={p.busy}>
      {ui.refresh}
    </Button>
  );
  return (
    <section className={s.section} aria-labelledby="job-heading">
      <h2 id="job-heading" className={s.heading}>
        {ui.jobHeading}
      </h2>
      {p.result && o && (
        <div className={s.lines}>
          <Text weight="semibold">
            {rowsBelow !== null && o.headerRow !== null && rowsBelow > 0
              ? ui.jobLineRows(
                  p.result.sheetName,
                  p.result.range,
                  rowsBelow,
                  o.headerRow,
                  o.header.headerRows,
                )
              : ui.jobLine(
                  p.result.sheetName,
                  p.result.range,
                  o.summary.accounts,
                  o.headerRow,
                  o.header.headerRows,
                )}
          </Text>
          {p.preview && <Text className={s.muted}>{p.preview}</Text>}
          {(o.hiddenAccounts ?? 0) > 0 && (
            <Text className={s.muted}>{ui.hiddenAccounts(o.hiddenAccounts ?? 0)}</Text>
          )}
        </div>
      )}
      <div className={s.row}>
        <Button
          appearance="primary"
          onClick={p.onRun}
          disabled={p.blockedBy !== null || p.running}
          aria-describedby={p.blockedBy ? reasonId : undefined}
        >
          {p.running ? ui.running : ui.run}
        </Button>
        {p.running ? (
          <Button onClick={p.onCancel}>{ui.cancel}</Button>
        ) : later ? (
          <Suspense fallback={refresh}>
            <Hint content={ui.refreshTip}>{refresh}</Hint>
          </Suspense>
        ) : (
          refresh
        )}
      </div>
      {p.blockedBy && !p.running && (
        <Text id={reasonId} className={s.warning}>
          {p.blockedBy}
        </Text>
      )}
      {p.running && (
        <Field validationMessage={label} validationState="none">
          <ProgressBar
            aria-label={label}
            value={p.progress && p.progress.total > 0 ? p.progress.done / p.progress.total : undefined}
          />
        </Field>
      )}
      {p.canSelect && (
        <Switch
          label={ui.useSelection}
          checked={p.useSelection}
          onChange={(_, d) => p.onUseSelection(d.checked)}
        />
      )}
    </section>
  );
}
