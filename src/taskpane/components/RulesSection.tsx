import { Spinner, Text } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { type OutputKey, type Rules, TIERS } from "../../engine";
import { type Messages, formatPercent } from "../../i18n";
import { type RuleGroup, columnsOff, moreRulesChanged } from "../rulesCheck";
import { useDisclosure } from "./Disclosure";
import { useSectionStyles } from "./Section.styles";

// Not on the first screen: loaded when the section opens (the pane's first load stays small).
const RulesFields = lazy(() => import(/* webpackChunkName: "rules" */ "./RulesFields"));

type Props = {
  readonly m: Messages;
  readonly rules: Rules;
  /** Problems across fields, shown beside their group. */
  readonly problems: Partial<Record<RuleGroup, string>>;
  /** Open from the start (an invalid rule must be visible). */
  readonly forceOpen: boolean;
  /** Changes on "reset to defaults": the inputs are made anew, so no stale text survives. */
  readonly resetCount: number;
  /** The columns a run on the sheet read can write (a class column needs its input); null before a read. */
  readonly sheetColumns: readonly OutputKey[] | null;
  /**
   * What these rules give, said under the open rules where an edit is made (the Job section's line is
   * off screen by then), with how to write it where no run has: null where nothing can be said.
   */
  readonly preview: string | null;
  readonly onChange: (rules: Rules) => void;
  readonly onReset: () => void;
  readonly onValidity: (label: string, valid: boolean) => void;
};

const pct = (x: number): number => Math.round(x * 1000) / 10;

/**
 * The rules' summary line, e.g. "key: 10% of accounts · sales time 60/30/10% · band 5%", how many
 * of the further rules differ from the defaults where any does, and how many columns are not written.
 */
export function rulesSummary(m: Messages, rules: Rules): string {
  const t = rules.tiering;
  const value =
    t.method === "countShare"
      ? formatPercent(t.keyShare)
      : t.method === "cumulativeRevenue"
        ? formatPercent(t.keyRevenueShare)
        : t.method === "revenueThreshold"
          ? m.engine.money(t.keyMinRevenue)
          : String(t.keyMinScore);
  const time = `${TIERS.map((tier) => pct(rules.time.share[tier])).join("/")}%`;
  const line = m.ui.rulesSummary(m.ui.keySummary[t.method](value), time, formatPercent(t.hysteresis));
  const more = moreRulesChanged(rules);
  const off = columnsOff(rules);
  return [
    line,
    ...(more > 0 ? [m.ui.moreRulesChanged(more)] : []),
    ...(off > 0 ? [m.ui.columnsOff(off)] : []),
  ].join(" · ");
}

/** The rules, collapsed to their summary line; each field validated where it is, groups checked together. */
export function RulesSection({
  m,
  rules,
  problems,
  forceOpen,
  resetCount,
  sheetColumns,
  preview,
  onChange,
  onReset,
  onValidity,
}: Props) {
  const s = useSectionStyles();
  const ui = m.ui;
  const {
    shown,
    bodyId,
    header: top,
  } = useDisclosure({
    id: "rules-heading",
    heading: ui.rulesHeading,
    show: ui.showRules,
    hide: ui.hideRules,
    forceOpen,
  });
  return (
    <section className={s.section} aria-labelledby="rules-heading">
      {top}
      <Text className={s.muted}>{rulesSummary(m, rules)}</Text>
      {/* A live region: each edit's new counts are read out where the edit is made. */}
      {shown && preview && <Text role="status">{preview}</Text>}
      {shown && (
        <Suspense fallback={<Spinner size="tiny" label={ui.loading} />}>
          <RulesFields
            key={resetCount}
            m={m}
            rules={rules}
            problems={problems}
            sheetColumns={sheetColumns}
            bodyId={bodyId}
            onChange={onChange}
            onReset={onReset}
            onValidity={onValidity}
          />
        </Suspense>
      )}
    </section>
  );
}
