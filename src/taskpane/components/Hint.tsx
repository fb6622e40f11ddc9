import { Tooltip } from "@fluentui/react-components";
import type { ReactElement } from "react";

/** A tooltip describing its child: loaded after the first render (positioning is not in the first load). */
export default function Hint({
  content,
  children,
}: {
  readonly content: string;
  readonly children: ReactElement;
}) {
  return (
    <Tooltip content={content} relationship="description">
      {children}
    </Tooltip>
  );
}
