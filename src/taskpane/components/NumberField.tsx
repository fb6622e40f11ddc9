import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useSectionStyles } from "./Section.styles";

type Props = {
  readonly label: string;
  readonly value: number | null;
  readonly min: number;
  readonly max: number;
  /** Allow an empty field, meaning "not set". */
  readonly optional?: boolean;
  readonly hint?: string;
  readonly invalidText: (min: number, max: number) => string;
  readonly onCommit: (value: number | null) => void;
  /** Told whenever the text turns valid or invalid, so Run can say why it waits. */
  readonly onValidity?: ((label: string, valid: boolean) => void) | undefined;
};

/** A number input validated inline, committed on Enter or when focus leaves. */
export function NumberField({
  label,
  value,
  min,
  max,
  optional = false,
  hint,
  invalidText,
  onCommit,
  onValidity,
}: Props) {
  const s = useSectionStyles();
  const [text, setText] = useState(value === null ? "" : String(value));
  useEffect(() => setText(value === null ? "" : String(value)), [value]);
  const trimmed = text.trim();
  const parsed = trimmed === "" ? null : Number(trimmed);
  const valid = parsed === null ? optional : Number.isFinite(parsed) && parsed >= min && parsed <= max;
  useEffect(() => {
    onValidity?.(label, valid);
    // A field that goes away (another method chosen, reset) holds nothing up.
    return () => onValidity?.(label, true);
  }, [onValidity, label, valid]);
  const commit = (): void => {
    if (valid && parsed !== value) onCommit(parsed);
  };
  return (
    <Field
      label={label}
      hint={hint}
      validationState={valid ? "none" : "error"}
      validationMessage={valid ? undefined : invalidText(min, max)}
    >
      <Input
        className={s.input}
        aria-invalid={valid ? undefined : true}
        value={text}
        inputMode="decimal"
        size="small"
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
      />
    </Field>
  );
}
