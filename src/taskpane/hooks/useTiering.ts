import { useCallback, useEffect, useRef, useState } from "react";
import { DEFAULT_RULES, type Field, type Language, type Rules } from "../../engine";
import { chosenOver } from "../../workbook/chosenMapping";
import type { RemovalOutcome } from "../../workbook";
import type { Door, DoorResult, Phase } from "../door";

export type Progress = { readonly phase: Phase; readonly done: number; readonly total: number };

/**
 * Columns chosen in the pane: a header or letters, or null for automatic (over a saved choice too); the
 * workbook's `ChosenMapping` narrowed to what a dropdown gives (no column index).
 */
export type ChosenMapping = Readonly<Partial<Record<Field, string | null>>>;

/** The columns chosen by hand, here or on an earlier run, for the dropdowns to show as chosen. */
export function shownMapping(
  saved: Readonly<Partial<Record<Field, string>>> | null | undefined,
  chosen: ChosenMapping,
): Partial<Record<Field, string>> {
  return (chosenOver(saved, chosen) ?? {}) as Partial<Record<Field, string>>;
}

export type TieringState = {
  /** The latest read and tiering (a preview before Run, or the run itself). */
  readonly result: DoorResult | null;
  /** The last run's result: what was written. It stays shown while rules are edited. */
  readonly runResult: DoorResult | null;
  /** The rules, mapping and selection that run used, to tell when the shown result is out of date. */
  readonly runKey: string | null;
  /** Bumped by "reset to defaults", so every input shows the defaults again, invalid text included. */
  readonly resetCount: number;
  readonly busy: "preview" | "run" | null;
  readonly progress: Progress | null;
  readonly error: string | null;
  /** A run cancelled, the saved data removed (or none there to remove), a run taken back (or none to). */
  readonly notice:
    "cancelled" | "savedRemoved" | "nothingSaved" | "tieringRemoved" | "nothingToRemove" | null;
  /** What the last "remove the tiering" took back, for its notice. */
  readonly removal: RemovalOutcome | null;
  readonly stale: boolean;
  readonly rules: Rules;
  /** The columns chosen in the pane, over those the workbook saved; null: automatic chosen over a saved one. */
  readonly mapping: ChosenMapping;
  readonly useSelection: boolean;
  readonly ranOnce: boolean;
};

/**
 * The pane's state and actions: preview on load and whenever mapping or rules change, run, cancel
 * between chunks, and a stale flag when the data changes after a run.
 * @example const t = useTiering(door, "zh-CN")
 */
/** The inputs a result depends on, as one comparable key. */
export function inputsKey(rules: Rules, mapping: ChosenMapping, useSelection: boolean): string {
  return JSON.stringify([rules, mapping, useSelection]);
}

export function useTiering(door: Door, language: Language, rulesValid: (rules: Rules) => boolean) {
  const [state, setState] = useState<TieringState>({
    result: null,
    runResult: null,
    runKey: null,
    resetCount: 0,
    busy: null,
    progress: null,
    error: null,
    notice: null,
    removal: null,
    stale: false,
    rules: DEFAULT_RULES,
    mapping: {},
    useSelection: false,
    ranOnce: false,
  });
  const cancelled = useRef(false);
  const rulesFromWorkbook = useRef(false);
  // The mapping the workbook saved, as the latest read found it (columns by letters followed).
  const savedMapping = useRef<Readonly<Partial<Record<Field, string>>> | null>(null);

  const execute = useCallback(
    /** `takeSaved`: a read after the ribbon's re-run, which adopts the columns' switches the workbook saved. */
    async (
      kind: "preview" | "run",
      rules: Rules,
      mapping: ChosenMapping,
      useSelection: boolean,
      takeSaved = false,
    ) => {
      cancelled.current = false;
      setState((s) => ({ ...s, busy: kind, progress: null, error: null, notice: null }));
      try {
        const options = {
          language,
          rules,
          // Over the workbook's saved mapping, field by field; nothing chosen: the saved mapping itself,
          // and the run says where it followed a column that moved.
          mapping: Object.keys(mapping).length > 0 ? mapping : undefined,
          useSelection,
          onProgress: (phase: Phase, done: number, total: number) =>
            setState((s) => ({ ...s, progress: { phase, done, total } })),
          isCancelled: () => cancelled.current,
        };
        const result = kind === "run" ? await door.run(options) : await door.preview(options);
        savedMapping.current = result.outcome.savedMapping ?? null;
        // After our own run the workbook holds the rules in use: nothing to adopt.
        if (kind === "run") rulesFromWorkbook.current = true;
        // A run saves the columns' switches as it leaves them (a column the planner deleted turned off,
        // one typed back on), as the ribbon's re-run does: the boxes show them, and the result is not out
        // of date for it.
        const switches =
          kind === "run"
            ? result.outcome.plan?.settings.rules.output
            : takeSaved
              ? result.savedRules?.output
              : undefined;
        setState((s) => {
          // The first preview adopts the rules the workbook saved, so a re-run uses them.
          const adopt = !rulesFromWorkbook.current && result.savedRules !== null;
          if (adopt) rulesFromWorkbook.current = true;
          const after = switchesOf(s.rules, switches);
          return {
            ...s,
            result,
            busy: null,
            progress: null,
            notice: cancelled.current ? "cancelled" : null,
            stale: kind === "run" ? false : s.stale,
            runResult: kind === "run" ? result : s.runResult,
            runKey: kind === "run" ? inputsKey(switchesOf(rules, switches), mapping, useSelection) : s.runKey,
            ranOnce: s.ranOnce || kind === "run",
            rules: adopt && result.savedRules ? result.savedRules : after,
          };
        });
      } catch (error) {
        const wasCancelled =
          error instanceof Error && (error.name === "ReadCancelled" || error.name === "WriteCancelled");
        setState((s) =>
          wasCancelled
            ? { ...s, busy: null, progress: null, notice: "cancelled" }
            : {
                ...s,
                busy: null,
                progress: null,
                error: error instanceof Error ? error.message : String(error),
              },
        );
      }
    },
    [door, language],
  );

  const { rules, mapping, useSelection } = state;
  const valid = rulesValid(rules);
  // Rules that do not hold together are shown beside their fields; nothing is tiered with them.
  useEffect(() => {
    if (valid) void execute("preview", rules, mapping, useSelection);
  }, [execute, rules, mapping, useSelection, valid]);

  useEffect(
    () =>
      door.onDataChanged(() => {
        setState((s) => (s.ranOnce ? { ...s, stale: true } : s));
      }),
    [door],
  );

  return {
    state,
    run: () =>
      valid ? execute("run", state.rules, state.mapping, state.useSelection) : Promise.resolve(undefined),
    cancel: () => {
      cancelled.current = true;
    },
    setRules: (next: Rules) => setState((s) => ({ ...s, rules: next })),
    resetRules: () => setState((s) => ({ ...s, rules: DEFAULT_RULES, resetCount: s.resetCount + 1 })),
    setMapping: (field: Field, header: string | null) =>
      setState((s) => {
        const next: Partial<Record<Field, string | null>> = { ...s.mapping };
        if (header === null) next[field] = null;
        else {
          // A column is one field's: the field that had it, here or on an earlier run, goes back to
          // automatic (the engine refuses two fields on one column).
          for (const [other, h] of Object.entries(shownMapping(savedMapping.current, s.mapping)) as [
            Field,
            string,
          ][])
            if (h === header && other !== field) next[other] = null;
          next[field] = header;
        }
        return { ...s, mapping: next };
      }),
    setUseSelection: (value: boolean) => setState((s) => ({ ...s, useSelection: value })),
    refresh: () => {
      door.forget();
      return execute("preview", state.rules, state.mapping, state.useSelection);
    },
    /**
     * The ribbon's re-run has written (its notice came to the pane): the sheet is read again, and the
     * columns' switches it saved are adopted (a column the planner deleted, turned off there), so that a
     * run from the pane does not take the box still ticked here for one ticked again.
     */
    afterRibbon: () => {
      door.forget();
      return execute("preview", state.rules, state.mapping, state.useSelection, true);
    },
    /**
     * Removes the data saved in the workbook and reads the sheet again: the next run is a first one, its
     * rules the pane's (the saved ones are not adopted again, there being none).
     */
    removeSaved: async () => {
      try {
        const removed = await door.removeSaved(language);
        setState((s) => ({ ...s, error: null, notice: removed ? "savedRemoved" : "nothingSaved" }));
        if (removed) await execute("preview", state.rules, state.mapping, state.useSelection);
        // The preview clears the notice it does not set: said again once the sheet is read.
        setState((s) => ({ ...s, notice: removed ? "savedRemoved" : "nothingSaved" }));
      } catch (error) {
        setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error) }));
      }
    },
    /**
     * Takes the last run back (our columns, our sheets, the saved data) and reads the sheet again: the
     * result shown goes with it, and the next run is a first one.
     */
    removeTiering: async () => {
      try {
        const removal = await door.removeTiering(language);
        const notice = removal.removed ? ("tieringRemoved" as const) : ("nothingToRemove" as const);
        setState((s) => ({
          ...s,
          error: null,
          notice,
          removal,
          ...(removal.removed ? { runResult: null, runKey: null, ranOnce: false, stale: false } : {}),
        }));
        if (removal.removed) await execute("preview", state.rules, state.mapping, state.useSelection);
        // The preview clears the notice it does not set: said again once the sheet is read.
        setState((s) => ({ ...s, notice, removal }));
      } catch (error) {
        setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error) }));
      }
    },
  };
}

/**
 * The rules with the columns' switches a run saved, or the same rules where they are the same (a new
 * object would preview again for nothing).
 */
function switchesOf(rules: Rules, saved: Rules["output"] | undefined): Rules {
  if (!saved) return rules;
  const same = (Object.keys(saved) as (keyof Rules["output"])[]).every((k) => saved[k] === rules.output[k]);
  return same ? rules : { ...rules, output: { ...rules.output, ...saved } };
}
