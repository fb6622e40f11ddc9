import { Button, Field, Radio, RadioGroup } from "@fluentui/react-components";
import { type Rules, TIER_METHODS, type TierMethod } from "../../engine";
import type { Messages } from "../../i18n";
import { NumberField } from "./NumberField";
import { useSectionStyles } from "./Section.styles";

type Props = {
  readonly m: Messages;
  readonly rules: Rules;
  readonly onChange: (rules: Rules) => void;
  readonly onReset: () => void;
};

const pct = (x: number): number => Math.round(x * 1000) / 10;
const frac = (x: number | null): number => (x ?? 0) / 100;

/** The method, shares or thresholds, bands, hysteresis and capacity: defaults from the course, validated inline. */
export function RulesSection({ m, rules, onChange, onReset }: Props) {
  const s = useSectionStyles();
  const ui = m.ui;
  const t = rules.tiering;
  const set = <K extends keyof Rules>(key: K, value: Rules[K]): void => onChange({ ...rules, [key]: value });
  const tiering = (patch: Partial<Rules["tiering"]>): void => set("tiering", { ...t, ...patch });
  const inv = ui.invalidNumber;
  return (
    <section className={s.section} aria-labelledby="rules-heading">
      <h2 id="rules-heading" className={s.heading}>
        {ui.rulesHeading}
      </h2>
      <Field label={ui.method}>
        <RadioGroup value={t.method} onChange={(_, d) => tiering({ method: d.value as TierMethod })}>
          {TIER_METHODS.map((method) => (
            <Radio key={method} value={method} label={ui.methods[method]} />
          ))}
        </RadioGroup>
      </Field>
      {t.method === "countShare" && (
        <NumberField
          label={ui.keyShare}
          value={pct(t.keyShare)}
          min={0}
          max={100}
          invalidText={inv}
          onCommit={(v) => tiering({ keyShare: frac(v) })}
        />
      )}
      {t.method === "cumulativeRevenue" && (
        <NumberField
          label={ui.keyRevenueShare}
          value={pct(t.keyRevenueShare)}
          min={0}
          max={100}
          invalidText={inv}
          onCommit={(v) => tiering({ keyRevenueShare: frac(v) })}
        />
      )}
      {t.method === "revenueThreshold" && (
        <NumberField
          label={ui.keyMinRevenue}
          value={t.keyMinRevenue}
          min={0}
          max={1e15}
          invalidText={inv}
          onCommit={(v) => tiering({ keyMinRevenue: v ?? 0 })}
        />
      )}
      {t.method === "scoreThreshold" && (
        <NumberField
          label={ui.keyMinScore}
          value={t.keyMinScore}
          min={0}
          max={100}
          invalidText={inv}
          onCommit={(v) => tiering({ keyMinScore: v ?? 0 })}
        />
      )}
      <NumberField
        label={ui.hysteresis}
        value={pct(t.hysteresis)}
        min={0}
        max={50}
        invalidText={inv}
        onCommit={(v) => tiering({ hysteresis: frac(v) })}
      />
      <Field label={ui.timeShares} />
      <div className={s.grid} role="group" aria-label={ui.timeShares}>
        {(["key", "ordinary", "prospect"] as const).map((tier) => (
          <NumberField
            key={tier}
            label={`${m.engine.tier[tier]} %`}
            value={pct(rules.time.share[tier])}
            min={0}
            max={100}
            invalidText={inv}
            onCommit={(v) => set("time", { ...rules.time, share: { ...rules.time.share, [tier]: frac(v) } })}
          />
        ))}
      </div>
      <NumberField
        label={ui.capacity}
        hint={ui.capacityHint(rules.time.hoursPerOwner)}
        value={rules.time.monthlyCapacityHours}
        optional
        min={1}
        max={1e7}
        invalidText={inv}
        onCommit={(v) => set("time", { ...rules.time, monthlyCapacityHours: v })}
      />
      <Field label={ui.creditBands} />
      <div className={s.grid} role="group" aria-label={ui.creditBands}>
        {(["maxDaysA", "maxDaysB", "maxDaysC"] as const).map((k) => (
          <NumberField
            key={k}
            label={`${m.engine.classes.credit[k.slice(-1) as "A" | "B" | "C"]} ≤`}
            value={rules.credit[k]}
            min={0}
            max={100000}
            invalidText={inv}
            onCommit={(v) => set("credit", { ...rules.credit, [k]: v ?? 0 })}
          />
        ))}
      </div>
      <Field label={ui.shareBands} />
      <div className={s.grid} role="group" aria-label={ui.shareBands}>
        {(["dominant", "strong", "competitive"] as const).map((k) => (
          <NumberField
            key={k}
            label={`${m.engine.classes.regionalShare[k]} %`}
            value={pct(rules.regionalShare[k])}
            min={0}
            max={100}
            invalidText={inv}
            onCommit={(v) => set("regionalShare", { ...rules.regionalShare, [k]: frac(v) })}
          />
        ))}
      </div>
      <div className={s.row}>
        <Button onClick={onReset}>{ui.resetRules}</Button>
      </div>
    </section>
  );
}
