import { Text } from "@fluentui/react-components";
import type { ReadonlyList } from "../../engine";
import { useSectionStyles } from "./Section.styles";

type Props<T> = {
  readonly heading: string;
  /** Shown when there is nothing to list; without it an empty list renders nothing at all. */
  readonly empty?: string | undefined;
  /** An array, or a list view whose items are built when read (only the shown ones are). */
  readonly items: ReadonlyList<T>;
  /** An item's React key and text; called only for the items shown. */
  readonly show: (item: T) => { readonly key: string; readonly text: string };
  readonly limit: number;
  /** What to say about the items past the limit. */
  readonly more: (count: number) => string;
};

/** A headed list of accounts (moved, watched, candidates): the first `limit`, then how many more. */
export function AccountList<T>({ heading, empty, items, show, limit, more }: Props<T>) {
  const s = useSectionStyles();
  if (items.length === 0 && empty === undefined) return null;
  return (
    <>
      <h3 className={s.heading}>{heading}</h3>
      {items.length === 0 ? (
        <Text className={s.muted}>{empty}</Text>
      ) : (
        <ul className={s.list} aria-label={heading}>
          {items
            .slice(0, limit)
            .map(show)
            .map((item) => (
              <li key={item.key}>
                <Text>{item.text}</Text>
              </li>
            ))}
        </ul>
      )}
      {items.length > limit && <Text className={s.muted}>{more(items.length - limit)}</Text>}
    </>
  );
}
