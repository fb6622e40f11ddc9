import { useEffect, useState } from "react";

/**
 * False on the first render, true once the browser has painted it: what is not needed to see and use
 * the pane (a menu's code, a tooltip's) is asked for only then, so it never delays the first paint.
 * @example const later = useAfterFirstPaint(); return later ? <Menu /> : <PlainButton />
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // The frame after the next one: the first has been painted by then.
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, []);
  return painted;
}
