import { Button, Checkbox, Field, Radio, RadioGroup, Select, Text } from "@fluentui/react-components";
import { Fragment, type ReactElement, useId, useState } from "react";
import {
  type OutputKey,
  type Rules,
  SALES_CURRENCIES,
  type SalesCurrency,
  TIERS,
  TIER_METHODS,
  type Tier,
  type TierMethod,
  settingBounds,
} from "../../engine";
import { type Messages, headerInCurrency } from "../../i18n";
import {
  COLUMN_SWITCHES,
  type MoreRule,
  type RuleGroup,
  columnsOff,
  moreRulesActing,
  moreRulesChanged,
} from "../rulesCheck";
import { ExpandButton } from "./Disclosure";
import { NumberField } from "./NumberField";
import { useSectionStyles } from "./Section.styles";

type Props = {
  readonly m: Messages;
  readonly rules: Rules;
  readonly problems: Partial<Record<RuleGroup, string>>;
  /** The columns a run on the sheet read can write; the others' boxes say the sheet has no data for them. */
  readonly sheetColumns?: readonly OutputKey[] | null;
  readonly bodyId: string;
  readonly onChange: (rules: Rules) => void;
  readonly onReset: () => void;
  readonly onValidity: (label: string, valid: boolean) => void;
};

const pct = (x: number): number => Math.round(x * 1000) / 10;
const frac = (x: number | null): number => (x ?? 0) / 100;
/** Further rules shown side by side in one labelled grid: the review cadences, the credit score bands. */
type Grid = "review" | "creditScore";
const gridOf = (rule: MoreRule): Grid | null =>
  rule.startsWith("review.") ? "review" : rule.startsWith("credit.minScore") ? "creditScore" : null;

/**
 * The rules' fields: loaded when the section first opens (they are not on the pane's first screen).
 * Each field validated where it is; problems across fields beside their group.
 */
export default function RulesFields({
  m,
  rules,
  problems,
  sheetColumns = null,
  bodyId,
  onChange,
  onReset,
  onValidity,
}: Props) {
  const s = useSectionStyles();
  const ui = m.ui;
  const t = rules.tiering;
  const set = <K extends keyof Rules>(key: K, value: Rules[K]): void => onChange({ ...rules, [key]: value });
  const tiering = (patch: Partial<Rules["tiering"]>): void => set("tiering", { ...t, ...patch });
  const common = { invalidText: ui.invalidNumber, onValidity };
  /** A share's field: typed and shown as a percentage within the setting's bounds, committed as a share. */
  const shareField = (
    label: string,
    path: string,
    value: number,
    commit: (share: number) => void,
    key?: string,
  ): ReactElement => (
    <NumberField
      {...common}
      key={key}
      label={label}
      value={pct(value)}
      {...settingBounds(path)}
      onCommit={(v) => commit(frac(v))}
    />
  );
  const [more, setMore] = useState(() => moreRulesChanged(rules) > 0);
  const moreId = useId();
  // The columns to write open by themselves where the rules turn one off, so none is off out of sight.
  const [columns, setColumns] = useState(() => columnsOff(rules) > 0);
  const columnsId = useId();
  const columnsHintId = useId();
  const columnsAll = COLUMN_SWITCHES.length + 1; // and the tier's
  const columnsOn = columnsAll - columnsOff(rules);
  const group = (g: RuleGroup, label: string) => (
    <Field label={label} validationState={problems[g] ? "error" : "none"} validationMessage={problems[g]} />
  );
  // One field for each further rule (MORE_RULES types the record: a rule without a field fails the
  // typecheck), shown in the list's order where it acts under the method; the cadences as one group.
  const reviewField = (tier: Tier): ReactElement => (
    <NumberField
      {...common}
      label={ui.reviewField(m.engine.tier[tier])}
      value={rules.review[`${tier}Months`]}
      {...settingBounds(`review.${tier}Months`)}
      // Whole months: a review falls on a day of a month (1.5 would be counted as 2).
      onCommit={(v) => set("review", { ...rules.review, [`${tier}Months`]: Math.round(v ?? 1) })}
    />
  );
  // A credit score's band (信用评分): the lowest score of A, B or C; a score column of another scale
  // than 100 (300-850) is read once they are set for it (the engine's finding points here).
  const scoreField = (k: "A" | "B" | "C"): ReactElement => (
    <NumberField
      {...common}
      label={`${m.engine.classes.credit[k]} ≥`}
      value={rules.credit[`minScore${k}`]}
      {...settingBounds(`credit.minScore${k}`)}
      onCommit={(v) => set("credit", { ...rules.credit, [`minScore${k}`]: v ?? 0 })}
    />
  );
  const moreFields: Record<MoreRule, ReactElement> = {
    "tiering.coreRevenueShare": shareField(
      ui.coreRevenueShare,
      "tiering.coreRevenueShare",
      t.coreRevenueShare,
      (share) => tiering({ coreRevenueShare: share }),
    ),
    "tiering.revenueGate": shareField(ui.revenueGate, "tiering.revenueGate", t.revenueGate, (share) =>
      tiering({ revenueGate: share }),
    ),
    "review.keyMonths": reviewField("key"),
    "review.ordinaryMonths": reviewField("ordinary"),
    "review.prospectMonths": reviewField("prospect"),
    "watch.fallingShare": shareField(
      ui.fallingShare,
      "watch.fallingShare",
      rules.watch.fallingShare,
      (share) => set("watch", { ...rules.watch, fallingShare: share }),
    ),
    "promotion.nearKey": shareField(ui.nearKey, "promotion.nearKey", rules.promotion.nearKey, (share) =>
      set("promotion", { ...rules.promotion, nearKey: share }),
    ),
    "promotion.topIncreaseShare": shareField(
      ui.topIncreaseShare,
      "promotion.topIncreaseShare",
      rules.promotion.topIncreaseShare,
      (share) => set("promotion", { ...rules.promotion, topIncreaseShare: share }),
    ),
    "sales.currency": (
      <Field label={ui.salesCurrency} hint={ui.salesCurrencyHint}>
        <Select
          size="small"
          value={rules.sales.currency}
          onChange={(_, d) => set("sales", { ...rules.sales, currency: d.value as SalesCurrency })}
        >
          {SALES_CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {ui.currencyNames[c]}
            </option>
          ))}
        </Select>
      </Field>
    ),
    "time.hoursPerOwner": (
      <NumberField
        {...common}
        label={ui.hoursPerOwner}
        value={rules.time.hoursPerOwner}
        {...settingBounds("time.hoursPerOwner")}
        onCommit={(v) => set("time", { ...rules.time, hoursPerOwner: v ?? 0 })}
      />
    ),
    "credit.minScoreA": scoreField("A"),
    "credit.minScoreB": scoreField("B"),
    "credit.minScoreC": scoreField("C"),
  };
  const acting = moreRulesActing(rules);
  const gridLabel: Record<Grid, string> = { review: ui.reviewMonths, creditScore: ui.creditScoreBands };
  return (
    <div id={bodyId} className={s.body}>
      <Field label={ui.method}>
        <RadioGroup value={t.method} onChange={(_, d) => tiering({ method: d.value as TierMethod })}>
          {TIER_METHODS.map((method) => (
            <Radio key={method} value={method} label={ui.methods[method]} />
          ))}
        </RadioGroup>
      </Field>
      {t.method === "countShare" &&
        shareField(ui.keyShare, "tiering.keyShare", t.keyShare, (share) => tiering({ keyShare: share }))}
      {t.method === "cumulativeRevenue" &&
        shareField(ui.keyRevenueShare, "tiering.keyRevenueShare", t.keyRevenueShare, (share) =>
          tiering({ keyRevenueShare: share }),
        )}
      {t.method === "revenueThreshold" && (
        <NumberField
          {...common}
          label={headerInCurrency(ui.keyMinRevenue, m.engine.currency, m.engine.goods)}
          value={t.keyMinRevenue}
          {...settingBounds("tiering.keyMinRevenue")}
          onCommit={(v) => tiering({ keyMinRevenue: v ?? 0 })}
        />
      )}
      {t.method === "scoreThreshold" && (
        <NumberField
          {...common}
          label={ui.keyMinScore}
          value={t.keyMinScore}
          {...settingBounds("tiering.keyMinScore")}
          onCommit={(v) => tiering({ keyMinScore: v ?? 0 })}
        />
      )}
      {shareField(ui.hysteresis, "tiering.hysteresis", t.hysteresis, (share) =>
        tiering({ hysteresis: share }),
      )}
      {group("time", ui.timeShares)}
      <div className={s.grid} role="group" aria-label={ui.timeShares}>
        {TIERS.map((tier) =>
          shareField(
            `${m.engine.tier[tier]} %`,
            `time.share.${tier}`,
            rules.time.share[tier],
            (share) => set("time", { ...rules.time, share: { ...rules.time.share, [tier]: share } }),
            tier,
          ),
        )}
      </div>
      <NumberField
        {...common}
        label={ui.capacity}
        hint={ui.capacityHint(rules.time.hoursPerOwner)}
        value={rules.time.monthlyCapacityHours}
        optional
        {...settingBounds("time.monthlyCapacityHours")}
        onCommit={(v) => set("time", { ...rules.time, monthlyCapacityHours: v })}
      />
      {group("credit", ui.creditBands)}
      <div className={s.grid} role="group" aria-label={ui.creditBands}>
        {(["maxDaysA", "maxDaysB", "maxDaysC"] as const).map((k) => (
          <NumberField
            {...common}
            key={k}
            label={`${m.engine.classes.credit[k.slice(-1) as "A" | "B" | "C"]} ≤`}
            value={rules.credit[k]}
            {...settingBounds(`credit.${k}`)}
            onCommit={(v) => set("credit", { ...rules.credit, [k]: v ?? 0 })}
          />
        ))}
      </div>
      {group("regionalShare", ui.shareBands)}
      <div className={s.grid} role="group" aria-label={ui.shareBands}>
        {(["dominant", "strong", "competitive"] as const).map((k) =>
          shareField(
            `${m.engine.classes.regionalShare[k]} %`,
            `regionalShare.${k}`,
            rules.regionalShare[k],
            (share) => set("regionalShare", { ...rules.regionalShare, [k]: share }),
            k,
          ),
        )}
      </div>
      <div className={s.row}>
        <ExpandButton
          expanded={more}
          controls={moreId}
          show={ui.moreRules}
          hide={ui.fewerRules}
          onToggle={() => setMore(!more)}
        />
      </div>
      {more && (
        <div id={moreId} className={s.body}>
          {acting.map((rule, i) => {
            const grid = gridOf(rule);
            if (grid === null) return <Fragment key={rule}>{moreFields[rule]}</Fragment>;
            if (i > 0 && gridOf(acting[i - 1]!) === grid) return null; // shown with the first of its grid
            const label = gridLabel[grid];
            return (
              <Fragment key={grid}>
                {grid === "creditScore" ? group("creditScore", label) : <Field label={label} />}
                <div className={s.grid} role="group" aria-label={label}>
                  {acting
                    .filter((r) => gridOf(r) === grid)
                    .map((r) => (
                      <Fragment key={r}>{moreFields[r]}</Fragment>
                    ))}
                </div>
              </Fragment>
            );
          })}
        </div>
      )}
      <div className={s.row}>
        <ExpandButton
          expanded={columns}
          controls={columnsId}
          show={ui.outputColumns(columnsOn, columnsAll)}
          hide={ui.hideOutputColumns}
          onToggle={() => setColumns(!columns)}
        />
      </div>
      {columns && (
        <div id={columnsId} className={s.body}>
          <div
            className={s.checks}
            role="group"
            aria-label={ui.outputColumns(columnsOn, columnsAll)}
            aria-describedby={columnsHintId}
          >
            <Checkbox checked disabled label={m.engine.outputHeader.tier} />
            {COLUMN_SWITCHES.map((k) => (
              <Checkbox
                key={k}
                checked={rules.output[k]}
                label={
                  sheetColumns && !sheetColumns.includes(k) ? (
                    <>
                      {m.engine.outputHeader[k]} <span className={s.aside}>{ui.noInputHere}</span>
                    </>
                  ) : (
                    m.engine.outputHeader[k]
                  )
                }
                onChange={(_, d) => set("output", { ...rules.output, [k]: d.checked === true })}
              />
            ))}
          </div>
          <Text id={columnsHintId} size={200} className={s.muted}>
            {ui.outputColumnsHint}
          </Text>
        </div>
      )}
      <div className={s.row}>
        <Button onClick={onReset}>{ui.resetRules}</Button>
      </div>
    </div>
  );
}
