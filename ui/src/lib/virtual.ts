// Window math for long lists: which rows to draw and which pages to fetch,
// so a list of 100,000 customers draws only the few dozen on screen.

/** The rows to draw: `start` inclusive, `end` exclusive. */
export interface RowRange {
  start: number;
  end: number;
}

/** Rows visible at `scrollTop` in a viewport `height` high, plus `overscan` rows each side. */
export function visibleRange(
  scrollTop: number,
  height: number,
  rowHeight: number,
  total: number,
  overscan = 6,
): RowRange {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const count = Math.ceil(Math.max(0, height) / rowHeight) + 1;
  const start = Math.max(0, Math.min(first, total - 1) - overscan);
  const end = Math.min(total, first + count + overscan);
  return { start, end };
}

/** The page numbers (of `pageSize` rows) that hold the rows of `range`. */
export function pagesFor(range: RowRange, pageSize: number): number[] {
  if (range.end <= range.start) return [];
  const pages: number[] = [];
  for (let p = Math.floor(range.start / pageSize); p <= Math.floor((range.end - 1) / pageSize); p++) {
    pages.push(p);
  }
  return pages;
}

/** The scroll position that brings row `index` into view (unchanged if it is). */
export function scrollToShow(index: number, scrollTop: number, height: number, rowHeight: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + height) return top + rowHeight - height;
  return scrollTop;
}
