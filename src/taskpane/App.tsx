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
import { useMemo, useState } from "react";
import type { Finding, Language } from "../engine";
import { LANGUAGES, getMessages } from "../i18n";
import { ColumnsSection } from "./components/ColumnsSection";
import { DataSection } from "./components/DataSection";
import { ResultSection } from "./components/ResultSection";
import { RulesSection } from "./components/RulesSection";
import { RunSection } from "./components/RunSection";
import type { Door } from "./door";
import { useTiering } from "./hooks/useTiering";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  messages: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

type Props = {
  readonly door: Door;
  readonly initialLanguage: Language;
  readonly theme: Theme;
};

/** The task pane, in the order the user works: data, columns, rules, run, result. */
export function App({ door, initialLanguage, theme }: Props) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const m = useMemo(() => getMessages(language), [language]);
  const ui = m.ui;
  const t = useTiering(door, language);
  const { state } = t;
  const s = useStyles();
  const blocked = state.result?.outcome.plan === null;
  const goTo = (f: Finding): void => {
    if (state.result && f.row !== undefined && f.column !== undefined)
      void door.goToCell(state.result.sheetName, f.row, f.column);
  };
  return (
    <FluentProvider theme={theme} lang={language} className={s.root}>
      <main aria-label={ui.appTitle}>
        <header className={s.bar}>
          <h1 className={s.title}>
            {ui.appTitle} {door.mode === "demo" && <Badge appearance="outline">{ui.demoBadge}</Badge>}
          </h1>
          <Select
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
        </header>
        <div className={s.messages}>
          {door.mode === "demo" && (
            <MessageBar intent="info">
              <MessageBarBody>{ui.demoNotice}</MessageBarBody>
            </MessageBar>
          )}
          {state.stale && (
            <MessageBar intent="warning">
              <MessageBarBody>{ui.stale}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={t.run}>
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
        <DataSection
          ui={ui}
          result={state.result}
          useSelection={state.useSelection}
          canSelect={door.mode === "excel"}
          busy={state.busy !== null}
          onUseSelection={t.setUseSelection}
          onRefresh={() => void t.refresh()}
        />
        <ColumnsSection m={m} result={state.result} mapping={state.mapping} onMap={t.setMapping} />
        <RulesSection m={m} rules={state.rules} onChange={t.setRules} onReset={t.resetRules} />
        <RunSection
          ui={ui}
          running={state.busy === "run"}
          disabled={blocked || state.result === null}
          progress={state.progress}
          onRun={() => void t.run()}
          onCancel={t.cancel}
        />
        {state.result && !blocked && (
          <ResultSection m={m} result={state.result} ran={state.ranOnce} onGoTo={goTo} />
        )}
      </main>
    </FluentProvider>
  );
}
