import { AdminForm } from "../admin-form";
import { adminInputClass, stackedTable } from "../styles";
import type { AdminAction } from "@/lib/auth/admin-action-state";
import { MAX_TERMS_CHARACTERS } from "@/lib/billing/billing-settings-schemas";
import type { TermsVersionView } from "@/lib/billing/list-terms-versions";
import { formatStudioDateTime } from "@/lib/time/format-studio-time";
import { SettingsField } from "./settings-field";

type Props = { latest: { version: number; body: string } | null; versions: TermsVersionView[]; timeZone: string; action: AdminAction };

/** The terms as an owner edits them (the latest version), published as a new version, and every version so far. */
export function TermsSection({ latest, versions, timeZone, action }: Props) {
  const next = (latest?.version ?? 0) + 1;
  return (
    <div className="space-y-5">
      <AdminForm action={action} submitLabel={`Publish as version ${next}`} pendingLabel="Publishing…">
        <SettingsField
          id="terms-body"
          label="Text of the terms"
          hint={`${latest ? `Version ${latest.version}, as published. Edit it and publish the change as version ${next}.` : "None published yet."} At most ${MAX_TERMS_CHARACTERS.toLocaleString("en-GB")} characters.`}
        >
          {(control) => <textarea {...control} name="body" rows={14} maxLength={MAX_TERMS_CHARACTERS} defaultValue={latest?.body ?? ""} className={adminInputClass} />}
        </SettingsField>
      </AdminForm>
      <section aria-labelledby="terms-versions-heading">
        <h3 id="terms-versions-heading" className="mb-2 font-semibold">Versions</h3>
        {versions.length === 0 ? (
          <p>No version published yet.</p>
        ) : (
          <table className={stackedTable.table}>
            <caption className="sr-only">Published versions of the terms, newest first</caption>
            <thead className={stackedTable.head}>
              <tr className={stackedTable.headRow}>
                <th scope="col" className={stackedTable.cell}>Version</th>
                <th scope="col" className={stackedTable.cell}>Published</th>
                <th scope="col" className={stackedTable.cell}>By</th>
              </tr>
            </thead>
            <tbody className={stackedTable.body}>
              {versions.map((version) => (
                <tr key={version.version} className={stackedTable.row}>
                  <th scope="row" className={`${stackedTable.cell} font-semibold`}>
                    Version {version.version}
                  </th>
                  <td className={stackedTable.cell}>
                    <time dateTime={version.createdAt.toISOString()}>{formatStudioDateTime(version.createdAt, timeZone)}</time>
                  </td>
                  <td className={stackedTable.cell}>{version.author ?? "A former member of staff"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
