// One CSV field: always quoted (RFC 4180), with quotes doubled, so commas, quotes and line breaks
// inside a value stay inside it. A value a spreadsheet would run as a formula (=, +, -, @, or a
// leading tab or carriage return) gets a leading apostrophe, as OWASP's CSV injection guidance
// advises: the export holds text typed by strangers on the public form.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}
