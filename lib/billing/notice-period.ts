// How much notice a cancellation tier asks for, as owners type it and artists read it. Stored in
// hours; shown in whole days from 3 days up ("14 days") and in hours below ("48 hours"), which is
// how studios word it.

export type NoticeUnit = "hours" | "days";

/** A year: the longest notice a tier may ask for (the column's check says the same). */
export const MAX_NOTICE_HOURS = 365 * 24;

/** Hours as an amount and a unit, for a form to show: 336 → 14 days, 48 → 48 hours. */
export function noticeParts(hours: number): { amount: number; unit: NoticeUnit } {
  return hours % 24 === 0 && hours >= 72 ? { amount: hours / 24, unit: "days" } : { amount: hours, unit: "hours" };
}

/** "14 days", "48 hours", "1 hour". */
export function formatNotice(hours: number): string {
  const { amount, unit } = noticeParts(hours);
  return `${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;
}

/** Hours from an amount as typed and its unit; null unless a whole number from 1 hour to 365 days. */
export function noticeHours(amount: string, unit: string): number | null {
  if (!/^\d{1,4}$/.test(amount.trim()) || (unit !== "hours" && unit !== "days")) return null;
  const hours = Number(amount) * (unit === "days" ? 24 : 1);
  return hours >= 1 && hours <= MAX_NOTICE_HOURS ? hours : null;
}
