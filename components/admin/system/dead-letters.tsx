import Link from "next/link";
import type { AdminAction } from "@/lib/auth/admin-action-state";
import { emailKindLabel } from "@/lib/outbox/email-kinds";
import type { SystemStatus } from "@/lib/system/load-system-status";
import { formatStudioDateTime } from "@/lib/time/format-studio-time";
import { AdminForm } from "../admin-form";
import { PhoneLabel } from "../phone-label";
import { linkClass, panelClass, secondaryButtonClass, stackedTable } from "../styles";

const { cell } = stackedTable;

/** The emails the sender gave up on, newest first, each with its last error and a retry. */
export function DeadLetters({ messages, timeZone, retryAction }: { messages: SystemStatus["deadLetters"]; timeZone: string; retryAction: AdminAction }) {
  return (
    <section aria-labelledby="dead-heading" className={panelClass}>
      <h2 id="dead-heading" className="mb-3 text-lg font-semibold">Emails given up on</h2>
      {messages.length === 0 ? (
        <p>None. Every email either went out or is still being tried.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className={stackedTable.table}>
            <thead className={stackedTable.head}>
              <tr className={stackedTable.headRow}>
                <th scope="col" className={cell}>Email</th>
                <th scope="col" className={cell}>Last error</th>
                <th scope="col" className={cell}>Given up</th>
                <th scope="col" className={cell}><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className={stackedTable.body}>
              {messages.map((message) => (
                <tr key={message.id} className={stackedTable.row}>
                  <td className={cell}>
                    {emailKindLabel(message.kind)}
                    {message.inquiryId ? (
                      <>
                        {" "}for <Link href={`/admin/leads/${message.inquiryId}`} className={linkClass}>{message.inquiry?.reference ?? "the lead"}</Link>
                      </>
                    ) : null}
                    <div className="text-sm text-stone-700 dark:text-stone-300">{message.subject} · {message.attempts} {message.attempts === 1 ? "attempt" : "attempts"}</div>
                  </td>
                  <td className={`${cell} max-w-md break-words text-sm`}>
                    <PhoneLabel>Last error: </PhoneLabel>
                    {message.lastError ?? "—"}
                  </td>
                  <td className={cell}>
                    <PhoneLabel>Given up: </PhoneLabel>
                    {formatStudioDateTime(message.updatedAt, timeZone)}
                  </td>
                  <td className={cell}>
                    {message.inquiryId ? (
                      <AdminForm action={retryAction} submitLabel="Retry" buttonClass={secondaryButtonClass}>
                        <input type="hidden" name="leadId" value={message.inquiryId} />
                        <input type="hidden" name="messageId" value={message.id} />
                      </AdminForm>
                    ) : (
                      <span className="text-sm">A new link can be asked for on the sign-in page.</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
