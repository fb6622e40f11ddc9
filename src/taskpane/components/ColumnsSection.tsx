import { Spinner, Text } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { FIELDS, type Field as FieldName } from "../../engine";
import type { Messages } from "../../i18n";
import type { DoorResult } from "../door";
import { useDisclosure } from "./Disclosure";
import { useSectionStyles } from "./Section.styles";

type Props = {
  readonly m: Messages;
  readonly result: DoorResult | null;
  readonly mapping: Partial<Record<FieldName, string>>;
  readonly onMap: (field: FieldName, header: string | null) => void;
};

// The mapping's dropdowns are not on the first screen: loaded when the columns open.
const ColumnMapping = lazy(() => import(/* webpackChunkName: "columns" */ "./ColumnMapping"));

/** How many fields were recognised and how many need a look: the line the columns collapse to. */
export function columnCounts(result: DoorResult | null): { recognised: number; toCheck: number } {
  const header = result?.outcome.header;
  if (!header) return { recognised: 0, toCheck: 0 };
  const recognised = FIELDS.filter((f) => header.mapping[f] !== undefined).length;
  const guessed = header.matches.filter((x) => x.how === "guessed").length;
  return { recognised, toCheck: guessed + header.missing.length };
}

/**
 * The columns as one summary line ("12 of 17 columns recognised; 1 to check"); the mapping opens when
 * asked, or by itself when a required column is missing.
 */
export function ColumnsSection({ m, result, mapping, onMap }: Props) {
  const s = useSectionStyles();
  const ui = m.ui;

  const header = result?.outcome.header;
  const mustDecide = (header?.missing.length ?? 0) > 0;
  const {
    shown,
    bodyId,
    header: top,
  } = useDisclosure({
    id: "columns-heading",
    heading: ui.columnsHeading,
    show: ui.showColumns,
    hide: ui.hideColumns,
    forceOpen: mustDecide,
  });
  const { recognised, toCheck } = columnCounts(result);
  return (
    <section className={s.section} aria-labelledby="columns-heading">
      {top}
      {header && <Text className={s.muted}>{ui.columnsSummary(recognised, FIELDS.length, toCheck)}</Text>}
      {shown && (
        <Suspense fallback={<Spinner size="tiny" label={ui.loading} />}>
          <ColumnMapping m={m} result={result} mapping={mapping} bodyId={bodyId} onMap={onMap} />
        </Suspense>
      )}
    </section>
  );
}
