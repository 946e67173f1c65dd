import type { InquiryStatus } from "@/lib/generated/prisma/client";
import { inquiryStatusLabel } from "@/lib/inquiries/labels";

const tone: Record<InquiryStatus, string> = {
  NEW: "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
  CONTACTED: "bg-sky-100 text-sky-950 dark:bg-sky-900 dark:text-sky-50",
  QUOTED: "bg-violet-100 text-violet-950 dark:bg-violet-900 dark:text-violet-50",
  BOOKED: "bg-emerald-100 text-emerald-950 dark:bg-emerald-900 dark:text-emerald-50",
  WON: "bg-green-200 text-green-950 dark:bg-green-800 dark:text-green-50",
  LOST: "bg-stone-200 text-stone-900 dark:bg-stone-700 dark:text-stone-50",
  SPAM: "bg-red-100 text-red-950 dark:bg-red-900 dark:text-red-50",
  ARCHIVED: "bg-stone-100 text-stone-800 dark:bg-stone-800 dark:text-stone-100",
};

export function StatusBadge({ status }: { status: InquiryStatus }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${tone[status]}`}>{inquiryStatusLabel[status]}</span>;
}
