import { Button, Field, ProgressBar } from "@fluentui/react-components";
import type { UiMessages } from "../../i18n";
import type { Progress } from "../hooks/useTiering";
import { useSectionStyles } from "./Section.styles";

type Props = {
  readonly ui: UiMessages;
  readonly running: boolean;
  readonly disabled: boolean;
  readonly progress: Progress | null;
  readonly onRun: () => void;
  readonly onCancel: () => void;
};

/** One primary button; a progress bar with the phase and rows done; cancel between chunks. */
export function RunSection({ ui, running, disabled, progress, onRun, onCancel }: Props) {
  const s = useSectionStyles();
  const label = progress ? ui.progress(ui.phases[progress.phase], progress.done, progress.total) : ui.running;
  return (
    <section className={s.section} aria-labelledby="run-heading">
      <h2 id="run-heading" className={s.heading}>
        {ui.runHeading}
      </h2>
      <div className={s.row}>
        <Button appearance="primary" onClick={onRun} disabled={disabled || running}>
          {running ? ui.running : ui.run}
        </Button>
        {running && <Button onClick={onCancel}>{ui.cancel}</Button>}
      </div>
      {running && (
        <Field validationMessage={label} validationState="none">
          <ProgressBar
            aria-label={label}
            value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
          />
        </Field>
      )}
    </section>
  );
}
