// One CSV field: always quoted (RFC 4180), with quotes doubled, so commas, quotes and line breaks
// inside a value stay inside it. A value a spreadsheet would run as a formula (=, +, -, @, or a
// leading tab or carriage return) gets a leading apostrophe, as OWASP's CSV injection guidance
// advises: the export holds text typed by strangers on the public form. A plain number ("-5.50",
// a refund or a credit in the accountant's export) is no formula and stays a number.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  const text = String(value);
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}
