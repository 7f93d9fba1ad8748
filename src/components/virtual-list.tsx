import { useEffect, useRef, useState, type ReactNode } from 'react';

type Props<T> = {
  items: readonly T[];
  /** Every row has this height (px): what makes windowing exact and cheap. */
  rowHeight: number;
  /** Height of the scrolling area (px). */
  height: number;
  label: string;
  keyOf: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** More rows exist after the loaded ones: asked for when the end comes into view. */
  hasMore?: boolean;
  onEndReached?: () => void;
  overscan?: number;
};

/**
 * A windowed list: only the rows in view (plus a few) are in the DOM, so 100,000 loaded rows
 * scroll as smoothly as 50. Rows are positioned with CSSOM styles (allowed by our CSP, unlike
 * style attributes in markup).
 */
export function VirtualList<T>({
  items,
  rowHeight,
  height,
  label,
  keyOf,
  renderRow,
  hasMore = false,
  onEndReached,
  overscan = 8,
}: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  useEffect(() => {
    if (hasMore && last >= items.length - overscan) onEndReached?.();
  }, [hasMore, last, items.length, overscan, onEndReached]);

  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    rows.push(
      <li
        key={keyOf(item)}
        aria-setsize={hasMore ? -1 : items.length}
        aria-posinset={i + 1}
        style={{ position: 'absolute', top: i * rowHeight, height: rowHeight, left: 0, right: 0 }}
      >
        {renderRow(item, i)}
      </li>,
    );
  }
  return (
    <div
      ref={scroller}
      className="virtual-list"
      style={{ height, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <ul style={{ height: items.length * rowHeight, position: 'relative', margin: 0, padding: 0 }}>
        {rows}
      </ul>
    </div>
  );
}
