import { Button } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { useSectionStyles } from "./Section.styles";

type Props = {
  /** The section's heading id, for aria-labelledby. */
  readonly id: string;
  readonly heading: string;
  readonly show: string;
  readonly hide: string;
  /** Open and not to be closed (something in it needs a decision). */
  readonly forceOpen: boolean;
  /** Opened when this turns true (something in it is worth a look), and closed as the user likes. */
  readonly suggestOpen?: boolean;
};

/**
 * The show/hide button of a part that folds: it says what a click does and which element it shows.
 * @example <ExpandButton expanded={open} controls={id} show="More rules" hide="Fewer rules" onToggle={toggle} />
 */
export function ExpandButton(props: {
  readonly expanded: boolean;
  readonly controls: string;
  readonly show: string;
  readonly hide: string;
  readonly onToggle: () => void;
  readonly disabled?: boolean;
}) {
  return (
    <Button
      size="small"
      appearance="subtle"
      aria-expanded={props.expanded}
      aria-controls={props.expanded ? props.controls : undefined}
      onClick={props.onToggle}
      disabled={props.disabled}
    >
      {props.expanded ? props.hide : props.show}
    </Button>
  );
}

/**
 * A section heading with a show/hide button: the state of a section that collapses to a summary line.
 * @example const d = useDisclosure({ id: "rules-heading", heading, show, hide, forceOpen }); return <>{d.header}{d.shown && body}</>
 */
export function useDisclosure({ id, heading, show, hide, forceOpen, suggestOpen = false }: Props) {
  const s = useSectionStyles();
  const [open, setOpen] = useState(false);
  // Once opened for a decision it stays open when the decision is made: the part the user was working
  // in does not fold away under the pointer (a column chosen, a rule fixed); they fold it when done.
  useEffect(() => {
    if (forceOpen || suggestOpen) setOpen(true);
  }, [forceOpen, suggestOpen]);
  const shown = open || forceOpen;
  const bodyId = useId();
  const header = (
    <div className={s.summaryRow}>
      <h2 id={id} className={s.heading}>
        {heading}
      </h2>
      <ExpandButton
        expanded={shown}
        controls={bodyId}
        show={show}
        hide={hide}
        onToggle={() => setOpen(!shown)}
        disabled={forceOpen}
      />
    </div>
  );
  return { shown, bodyId, header };
}
