import type { ComparisonRow } from "@/lib/content/roles";

/** Engineer and producer side by side; a real table with row and column headers. */
export function ComparisonTable({ rows, caption }: { rows: ComparisonRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-stone-200 dark:border-stone-800" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[36rem] border-collapse text-left text-base">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100 dark:bg-stone-900">
          <tr>
            <td className="w-1/5 px-4 py-3" />
            <th scope="col" className="px-4 py-3 font-semibold">Recording engineer</th>
            <th scope="col" className="px-4 py-3 font-semibold">Music producer</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.aspect} className="border-t border-stone-200 align-top dark:border-stone-800">
              <th scope="row" className="px-4 py-3 font-semibold text-stone-900 dark:text-stone-100">{row.aspect}</th>
              <td className="px-4 py-3 text-stone-700 dark:text-stone-300">{row.engineer}</td>
              <td className="px-4 py-3 text-stone-700 dark:text-stone-300">{row.producer}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
