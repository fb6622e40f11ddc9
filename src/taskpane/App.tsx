import {
  Badge,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  type Theme,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type Finding, type Language, type Rules, sheetColumns } from "../engine";
import { LANGUAGES, type Messages, getMessages } from "../i18n";
import { ColumnsSection, onlyColumnsToChoose } from "./components/ColumnsSection";
import { JobSection } from "./components/JobSection";
import { RulesSection } from "./components/RulesSection";
import type { Door, DoorResult } from "./door";
import { NOTICE_EVENT, type Notice } from "../excel/notice";
import { useAfterFirstPaint } from "./hooks/useAfterFirstPaint";
import { inputsKey, shownMapping, useTiering } from "./hooks/useTiering";
import { ruleProblems } from "./rulesCheck";

// Kept out of the first load: the header's menu (and the positioning code popups need), and the result,
// which exists only after a run.
const MoreMenu = lazy(() => import(/* webpackChunkName: "menu" */ "./components/MoreMenu"));
const ResultSection = lazy(() => import(/* webpackChunkName: "result" */ "./components/ResultSection"));

// The page's own layout lives on an element inside the provider, never on the provider: Fluent copies
// the provider's classes onto every portal (applyStylesToPortals), and a full-height background there
// covers the pane whenever a dropdown, menu or tooltip opens (microsoft/fluentui#33949).
const useStyles = makeStyles({
  page: {
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    overflowX: "hidden",
  },
  bar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    whiteSpace: "nowrap",
    minWidth: 0,
  },
  tools: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  language: { minWidth: 0, width: "5.9em" },
  more: { minWidth: "32px", paddingLeft: 0, paddingRight: 0 },
  messages: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  // The ribbon's notice: its paragraphs (the counts, then each thing to know) on lines of their own.
  paragraphs: { whiteSpace: "pre-line" },
});

type Props = {
  readonly door: Door;
  readonly initialLanguage: Language;
  readonly theme: Theme;
};

/**
 * What the current rules give ("With these rules: 30 key accounts, 214 ordinary accounts, 56
 * prospects."), or null where a run could not go on (no header, a column gone, a row to fix): counts from
 * it would be read as the answer.
 */
function previewLine(m: Messages, result: DoorResult | null): string | null {
  const o = result?.outcome;
  if (!o || o.headerRow === null || o.plan === null) return null;
  const t = o.summary.tiers;
  return m.ui.previewCounts(t.key.accounts, t.ordinary.accounts, t.prospect.accounts);
}

/**
 * The task pane around its one job: what will be tiered and Run at the top; the columns and the rules
 * as summary lines that open when asked (or when something needs a decision); after a run, the result.
 */
export function App({ door, initialLanguage, theme }: Props) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const m = useMemo(() => getMessages(language), [language]);
  const ui = m.ui;
  const rulesValid = useCallback((r: Rules) => Object.keys(ruleProblems(r, ui)).length === 0, [ui]);
  const t = useTiering(door, language, rulesValid);
  const { state } = t;
  // The rules' amounts in the sheet's currency (万美元, $ where its sales header or cells say so).
  const currency = state.result?.outcome.summary.currency ?? "CNY";
  const goods = state.result?.outcome.summary.goods ?? "";
  const rulesMessages = useMemo(
    () =>
      currency === m.engine.currency && goods === m.engine.goods
        ? m
        : { ...m, engine: m.engine.withCurrency(currency, goods) },
    [m, currency, goods],
  );
  const s = useStyles();
  // Inputs whose text is not a valid number: they hold Run until fixed.
  const [invalidFields, setInvalidFields] = useState<ReadonlySet<string>>(new Set());
  const onValidity = useCallback((label: string, valid: boolean) => {
    setInvalidFields((prev) => {
      if (valid !== prev.has(label)) return prev;
      const next = new Set(prev);
      if (valid) next.delete(label);
      else next.add(label);
      return next;
    });
  }, []);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const later = useAfterFirstPaint();
  // The ribbon's re-run tells its outcome here when the pane is open (same runtime).
  const [ribbonNotice, setRibbonNotice] = useState<Notice | null>(null);
  // After it, the sheet is read again and the switches the ribbon saved are taken (useTiering).
  const afterRibbon = useRef(t.afterRibbon);
  afterRibbon.current = t.afterRibbon;
  useEffect(() => {
    const show = (e: Event): void => {
      setRibbonNotice((e as CustomEvent<Notice>).detail);
      void afterRibbon.current();
    };
    window.addEventListener(NOTICE_EVENT, show);
    return () => window.removeEventListener(NOTICE_EVENT, show);
  }, []);
  // The first render committed: the benchmark reads this mark (bench/bundle.mjs).
  useEffect(() => {
    performance.mark?.("channel-tiering:first-render");
  }, []);
  const moreButton = (
    <Button size="small" appearance="subtle" aria-label={ui.moreOptions} className={s.more}>
      ⋯
    </Button>
  );
  const problems = ruleProblems(state.rules, ui);
  const problemLabels = [
    ...invalidFields,
    ...(problems.time ? [ui.timeShares] : []),
    ...(problems.credit ? [ui.creditBands] : []),
    ...(problems.creditScore ? [ui.creditScoreBands] : []),
    ...(problems.regionalShare ? [ui.shareBands] : []),
  ];
  const blocked = state.result?.outcome.plan === null;
  // Every error fixed by choosing a column in the pane (not in the sheet): Run says where.
  const byColumns = onlyColumnsToChoose(state.result);
  const blockedBy =
    problemLabels.length > 0
      ? ui.blockedByRules(m.engine.list(problemLabels))
      : state.result === null
        ? state.error
          ? ui.blockedByError
          : ui.blockedNoData
        : blocked
          ? byColumns
            ? ui.blockedByColumns
            : ui.blockedByFindings
          : null;
  const runResult = state.runResult;
  const outOfDate =
    runResult !== null &&
    (state.stale ||
      problemLabels.length > 0 ||
      state.runKey !== inputsKey(state.rules, state.mapping, state.useSelection));
  // What the rules give, in the job section and under the open rules (with how to write it where no run
  // wrote it yet); not while a rule is invalid: the counts would be the last valid rules', under fields
  // that show others.
  const preview = problemLabels.length > 0 ? null : previewLine(m, state.result);
  const rulesPreview = preview && (runResult === null || outOfDate) ? `${preview} ${ui.runToWrite}` : preview;
  const goTo = (f: Finding): void => {
    if (!runResult || f.row === undefined || f.column === undefined) return;
    setFocusRow(f.row);
    door.goToCell(runResult.sheetName, f.row, f.column).catch(() => undefined);
  };
  return (
    <FluentProvider theme={theme} lang={language}>
      <div className={s.page}>
        <header className={s.bar}>
          <h1 className={s.title}>
            {ui.appTitle} {door.mode === "demo" && <Badge appearance="outline">{ui.demoBadge}</Badge>}
          </h1>
          <div className={s.tools}>
            <Select
              className={s.language}
              aria-label={ui.language}
              size="small"
              value={language}
              onChange={(_, d) => setLanguage(d.value as Language)}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {ui.languageNames[l]}
                </option>
              ))}
            </Select>
            {/* Until the menu's code arrives (right after the first render) its button is there, inert. */}
            {later ? (
              <Suspense fallback={moreButton}>
                <MoreMenu
                  ui={ui}
                  className={s.more}
                  onResetRules={t.resetRules}
                  onRemoveSaved={() => void t.removeSaved()}
                  onRemoveTiering={() => void t.removeTiering()}
                />
              </Suspense>
            ) : (
              moreButton
            )}
          </div>
        </header>
        <main aria-label={ui.appTitle}>
          <div className={s.messages}>
            {ribbonNotice && (
              <MessageBar intent={ribbonNotice.kind} role="status" layout="multiline">
                <MessageBarBody className={s.paragraphs}>
                  <MessageBarTitle>{ribbonNotice.title}</MessageBarTitle>
                  {ribbonNotice.message}
                </MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={() => setRibbonNotice(null)}>
                    {ui.dismiss}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {door.mode === "demo" && runResult === null && (
              <MessageBar intent="info">
                <MessageBarBody>{ui.demoNotice}</MessageBarBody>
              </MessageBar>
            )}
            {state.stale && (
              <MessageBar intent="warning">
                <MessageBarBody>{ui.stale}</MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={() => void t.run()}>
                    {ui.rerun}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {state.notice === "cancelled" && (
              <MessageBar intent="info">
                <MessageBarBody>{ui.cancelled}</MessageBarBody>
              </MessageBar>
            )}
            {(state.notice === "savedRemoved" || state.notice === "nothingSaved") && (
              <MessageBar intent={state.notice === "savedRemoved" ? "success" : "info"} role="status">
                <MessageBarBody>
                  {state.notice === "savedRemoved" ? ui.savedRemoved : ui.nothingSaved}
                </MessageBarBody>
              </MessageBar>
            )}
            {(state.notice === "tieringRemoved" || state.notice === "nothingToRemove") && (
              <MessageBar intent={state.notice === "tieringRemoved" ? "success" : "info"} role="status">
                <MessageBarBody>
                  {state.notice === "tieringRemoved" && state.removal
                    ? ui.tieringRemoved({
                        sheet: state.removal.sheetName,
                        columns: state.removal.columns.length,
                        sheets: state.removal.sheets,
                      })
                    : ui.nothingToRemove}
                </MessageBarBody>
              </MessageBar>
            )}
            {state.error && (
              <MessageBar intent="error">
                <MessageBarBody>
                  <MessageBarTitle>{ui.error}</MessageBarTitle>
                  {state.error}
                </MessageBarBody>
              </MessageBar>
            )}
            {blocked &&
              state.result?.outcome.findings
                .filter((f) => f.severity === "error")
                .slice(0, 3)
                .map((f, i) => (
                  <MessageBar key={i} intent="error">
                    <MessageBarBody>{f.message}</MessageBarBody>
                  </MessageBar>
                ))}
          </div>
          <JobSection
            m={m}
            result={state.result}
            preview={preview}
            running={state.busy === "run"}
            busy={state.busy !== null}
            blockedBy={blockedBy}
            progress={state.progress}
            useSelection={state.useSelection}
            canSelect={door.mode === "excel"}
            onUseSelection={t.setUseSelection}
            onRun={() => void t.run()}
            onCancel={t.cancel}
            onRefresh={() => void t.refresh()}
          />
          {runResult && (
            <Suspense fallback={null}>
              <ResultSection
                m={m}
                result={runResult}
                outOfDate={outOfDate}
                demo={door.mode === "demo"}
                focusRow={focusRow}
                onGoTo={goTo}
              />
            </Suspense>
          )}
          <ColumnsSection
            m={m}
            result={state.result}
            mapping={shownMapping(state.result?.outcome.savedMapping, state.mapping)}
            onMap={t.setMapping}
          />
          <RulesSection
            m={rulesMessages}
            rules={state.rules}
            problems={problems}
            forceOpen={problemLabels.length > 0}
            resetCount={state.resetCount}
            sheetColumns={
              state.result
                ? sheetColumns(state.result.outcome.dimensions, state.result.outcome.summary.capacityHours)
                : null
            }
            preview={rulesPreview}
            onChange={t.setRules}
            onReset={t.resetRules}
            onValidity={onValidity}
          />
        </main>
      </div>
    </FluentProvider>
  );
}
