/** `text` on one line, cut to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/**
 * Table styles that wrap Japanese and Chinese only where there is a space, as English wraps:
 * otherwise a narrow column breaks "データ" or "構成スナップショット" between any two characters.
 */
export const cjkWordWrapSx = { '& .MuiTableCell-root': { wordBreak: 'keep-all' } } as const;
