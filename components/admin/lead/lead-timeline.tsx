import type { AdminAction } from "@/lib/auth/admin-action-state";
import { inquiryStatusLabel } from "@/lib/inquiries/labels";
import type { Person, TimelineItem } from "@/lib/leads/load-lead-timeline";
import { formatStudioDateTime, formatStudioRange } from "@/lib/time/format-studio-time";
import { AdminForm } from "../admin-form";
import { secondaryButtonClass } from "../styles";
import { emailKindLabel } from "@/lib/outbox/email-kinds";
import { formatMoney } from "@/lib/money/format-money";

const who = (person: Person | null) => person?.name ?? person?.email ?? "Someone no longer on the staff";

/** What happened to a lead, oldest first, with every email's delivery state. */
export function LeadTimeline({ items, leadId, timeZone, currency, retryEmailAction }: { items: TimelineItem[]; leadId: string; timeZone: string; currency: string; retryEmailAction: AdminAction }) {
  return (
    <ol className="space-y-4 border-l-2 border-stone-300 pl-5 dark:border-stone-700">
      {items.map((item, index) => (
        <li key={index}>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            <time dateTime={item.at.toISOString()}>{formatStudioDateTime(item.at, timeZone)}</time>
          </p>
          <TimelineEntry item={item} leadId={leadId} timeZone={timeZone} currency={currency} retryEmailAction={retryEmailAction} />
        </li>
      ))}
    </ol>
  );
}

function TimelineEntry({ item, leadId, timeZone, currency, retryEmailAction }: { item: TimelineItem; leadId: string; timeZone: string; currency: string; retryEmailAction: AdminAction }) {
  switch (item.kind) {
    case "created":
      return <p>Inquiry received.</p>;
    case "status":
      return (
        <p>
          {who(item.actor)} moved it from {item.from ? inquiryStatusLabel[item.from] : "—"} to <strong>{item.to ? inquiryStatusLabel[item.to] : "—"}</strong>.
        </p>
      );
    case "assigned":
      return <p>{item.assignee ? `${who(item.actor)} assigned it to ${who(item.assignee)}.` : `${who(item.actor)} unassigned it.`}</p>;
    case "note":
      return (
        <div>
          <p className="font-semibold">Note by {who(item.author)}</p>
          <p className="whitespace-pre-line">{item.body}</p>
        </div>
      );
    case "retried":
      return <p>{who(item.actor)} asked to send an email again.</p>;
    case "erased":
      return <p>{who(item.actor)} erased the artist&apos;s personal data.</p>;
    case "email":
      return <EmailEntry item={item} leadId={leadId} timeZone={timeZone} retryEmailAction={retryEmailAction} />;
    case "session":
      return <SessionEntry item={item} timeZone={timeZone} />;
    case "money":
      return <p>{moneyText(item, currency)}</p>;
  }
}

function moneyText(item: Extract<TimelineItem, { kind: "money" }>, currency: string): string {
  const amount = item.amountMinor === null ? "" : ` ${formatMoney(item.amountMinor, currency)}`;
  const document = item.documentNumber ?? "an invoice";
  switch (item.change) {
    case "proposal-sent":
      return `${who(item.actor)} sent the artist a proposal:${amount}.`;
    case "proposal-accepted":
      return `The artist accepted the proposal (${amount.trim()}).`;
    case "invoice-issued":
      return `${document} issued${item.actor ? ` by ${who(item.actor)}` : ""}:${amount}.`;
    case "payment-recorded":
      return `Payment of${amount} recorded against ${document}${item.actor ? ` by ${who(item.actor)}` : ""}.`;
    case "refund-recorded":
      return `Refund of${amount} recorded (${document})${item.actor ? ` by ${who(item.actor)}` : ""}.`;
    case "payment-needs-decision":
      return `A payment of${amount} against ${document} needs a decision.`;
  }
}

type EmailEntryProps = { item: Extract<TimelineItem, { kind: "email" }>; leadId: string; timeZone: string; retryEmailAction: AdminAction };

function emailState(item: EmailEntryProps["item"], timeZone: string): string {
  const tries = (count: number) => `${count} ${count === 1 ? "try" : "tries"}`;
  if (item.status === "SENT") return `Delivered ${item.sentAt ? formatStudioDateTime(item.sentAt, timeZone) : ""}`;
  if (item.status === "WITHDRAWN") return "Withdrawn before it was sent: what it was about changed";
  if (item.status === "DEAD") return `Failed: gave up after ${tries(item.attempts)}`;
  if (item.attempts > 0) return `Not delivered yet (${tries(item.attempts)}); next try ${formatStudioDateTime(item.nextAttemptAt, timeZone)}`;
  // Queued for later (a reminder) rather than for now.
  return item.nextAttemptAt.getTime() - item.at.getTime() > 60_000 ? `Scheduled for ${formatStudioDateTime(item.nextAttemptAt, timeZone)}` : "Waiting to be sent";
}

function EmailEntry({ item, leadId, timeZone, retryEmailAction }: EmailEntryProps) {
  const state = emailState(item, timeZone);
  return (
    <div>
      <p className="font-semibold">
        {emailKindLabel(item.emailKind)}
        {item.queuedBy ? ` by ${who(item.queuedBy)}` : ""}: {item.subject || "(erased)"}
      </p>
      <p className={item.status === "DEAD" ? "font-semibold text-red-800 dark:text-red-300" : undefined}>{state}</p>
      {item.lastError && item.status !== "SENT" ? <p className="text-sm">Last error: {item.lastError}</p> : null}
      {item.text ? <p className="mt-1 border-l-2 border-stone-300 pl-3 whitespace-pre-line dark:border-stone-700">{item.text}</p> : null}
      {item.status === "DEAD" && item.toAddress ? (
        <AdminForm action={retryEmailAction} submitLabel="Try sending again" pendingLabel="Queuing…" buttonClass={secondaryButtonClass}>
          <input type="hidden" name="leadId" value={leadId} />
          <input type="hidden" name="messageId" value={item.id} />
        </AdminForm>
      ) : null}
    </div>
  );
}

const sessionChangeText: Record<Extract<TimelineItem, { kind: "session" }>["change"], (actor: string) => string> = {
  held: (actor) => `${actor} put a session on hold`,
  confirmed: (actor) => `${actor} confirmed a session`,
  moved: (actor) => `${actor} moved a session`,
  cancelled: (actor) => `${actor} cancelled a session`,
  expired: () => "A hold expired unconfirmed, freeing its time",
  "artist-asked-to-cancel": () => "The artist asked to cancel a session",
  "artist-asked-to-move": () => "The artist asked to move a session",
  "artist-moved": () => "The artist moved a session themselves",
};

function SessionEntry({ item, timeZone }: { item: Extract<TimelineItem, { kind: "session" }>; timeZone: string }) {
  const { session, movedFrom } = item;
  const where = (at: NonNullable<typeof session>) => `${at.roomName}, ${formatStudioRange(at.startsAt, at.endsAt, timeZone)}`;
  return (
    <div>
      <p>
        {sessionChangeText[item.change](who(item.actor))}
        {movedFrom ? ` from ${where(movedFrom)}` : ""}
        {session ? `${movedFrom ? " to" : ":"} ${where(session)}` : ""}.
      </p>
      {item.message ? <p className="mt-1 border-l-2 border-stone-300 pl-3 whitespace-pre-line dark:border-stone-700">{item.message}</p> : null}
    </div>
  );
}
