import type { BookingStatus } from "@/lib/generated/prisma/client";
import { formatStudioClock, formatStudioDate } from "@/lib/time/format-studio-time";

const tone: Record<BookingStatus, string> = {
  HOLD: "border border-dashed border-amber-800 bg-amber-50 text-amber-950 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-50",
  CONFIRMED: "bg-emerald-100 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50",
  CANCELLED: "bg-stone-200 text-stone-900 line-through dark:bg-stone-700 dark:text-stone-50",
  EXPIRED: "bg-stone-100 text-stone-800 dark:bg-stone-800 dark:text-stone-100",
};

const label: Record<BookingStatus, string> = { HOLD: "Hold", CONFIRMED: "Confirmed", CANCELLED: "Cancelled", EXPIRED: "Expired" };

/** A session's state in words (never colour alone); a hold says when it lapses. */
export function SessionStatus({ status, holdExpiresAt, timeZone }: { status: BookingStatus; holdExpiresAt: Date | null; timeZone: string }) {
  return (
    <span>
      <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${tone[status]}`}>{label[status]}</span>
      {status === "HOLD" && holdExpiresAt ? (
        <span className="ml-2 text-sm">until {formatStudioDate(holdExpiresAt, timeZone)}, {formatStudioClock(holdExpiresAt, timeZone)}</span>
      ) : null}
    </span>
  );
}
