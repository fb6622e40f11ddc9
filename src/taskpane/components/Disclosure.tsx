import { Button } from "@fluentui/react-components";
import { useId, useState } from "react";
import { useSectionStyles } from "./Section.styles";

type Props = {
  /** The section's heading id, for aria-labelledby. */
  readonly id: string;
  readonly heading: string;
  readonly show: string;
  readonly hide: string;
  /** Open and not to be closed (something in it needs a decision). */
  readonly forceOpen: boolean;
};

/**
 * A section heading with a show/hide button: the state of a section that collapses to a summary line.
 * @example const d = useDisclosure({ id: "rules-heading", heading, show, hide, forceOpen }); return <>{d.header}{d.shown && body}</>
 */
export function useDisclosure({ id, heading, show, hide, forceOpen }: Props) {
  const s = useSectionStyles();
  const [open, setOpen] = useState(false);
  const shown = open || forceOpen;
  const bodyId = useId();
  const header = (
    <div className={s.summaryRow}>
      <h2 id={id} className={s.heading}>
        {heading}
      </h2>
      <Button
        size="small"
        appearance="subtle"
        aria-expanded={shown}
        aria-controls={shown ? bodyId : undefined}
        onClick={() => setOpen(!shown)}
        disabled={forceOpen}
      >
        {shown ? hide : show}
      </Button>
    </div>
  );
  return { shown, bodyId, header };
}
