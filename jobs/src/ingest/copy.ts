/** CSV encoding for COPY … FROM STDIN WITH (FORMAT csv): NULL is an unquoted empty field. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s =
    typeof value === 'string'
      ? value
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return `"${s.replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(',') + '\n';
}
