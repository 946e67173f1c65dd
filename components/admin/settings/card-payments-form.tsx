import { AdminForm } from "../admin-form";
import type { AdminAction } from "@/lib/auth/admin-action-state";
import type { StripeSetup } from "@/lib/billing/describe-stripe-setup";
import { hintClass } from "./settings-field";

type Props = { cardPayments: boolean; stripe: StripeSetup; action: AdminAction };

/** Whether Stripe is set up on the server (never its secrets), what to register with Stripe, and the owners' switch. */
export function CardPaymentsForm({ cardPayments, stripe, action }: Props) {
  return (
    <div className="space-y-4">
      <p className="font-semibold">{stripe.configured ? "Stripe is configured on the server." : "Stripe is not configured on the server, so artists pay by bank transfer."}</p>
      {stripe.configured ? null : (
        <p className={hintClass}>
          To take cards, set <code>STRIPE_SECRET_KEY</code> and <code>STRIPE_WEBHOOK_SECRET</code> in the server&apos;s environment (both, or neither) and restart it.
        </p>
      )}
      <dl className="space-y-3">
        <div>
          <dt className="font-semibold">Webhook URL to add in Stripe</dt>
          <dd>
            <code className="text-sm break-all">{stripe.webhookUrl}</code>
            <p className={hintClass}>Built from APP_URL; Stripe must be able to reach it.</p>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Events to send to it</dt>
          <dd>
            <ul className="mt-1 list-disc pl-5">
              {stripe.events.map((event) => (
                <li key={event}>
                  <code className="text-sm">{event}</code>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <AdminForm action={action} submitLabel="Save card payments">
        <div className="flex items-start gap-2">
          <input id="card-cardPayments" type="checkbox" name="cardPayments" defaultChecked={cardPayments} aria-describedby="card-cardPayments-hint" className="mt-1 size-5 shrink-0 accent-amber-700" />
          <div>
            <label htmlFor="card-cardPayments" className="font-semibold">
              Offer card payment to artists
            </label>
            <p id="card-cardPayments-hint" className={hintClass}>
              {stripe.configured ? "Artists can pay their invoices by card as well as by bank transfer." : "Takes effect once Stripe is configured; until then artists pay by bank transfer."}
            </p>
          </div>
        </div>
      </AdminForm>
    </div>
  );
}
