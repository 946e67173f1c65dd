import Link from "next/link";

const PAGES = [
  { key: "studio", href: "/admin/settings", label: "Studio and booking" },
  { key: "billing", href: "/admin/settings/billing", label: "Billing" },
] as const;

/** The settings pages, the current one marked. */
export function SettingsNav({ current }: { current: (typeof PAGES)[number]["key"] }) {
  return (
    <nav aria-label="Settings pages">
      <ul className="flex flex-wrap gap-2">
        {PAGES.map((page) => (
          <li key={page.key}>
            <Link
              href={page.href}
              aria-current={page.key === current ? "page" : undefined}
              className="inline-block rounded-lg border border-stone-300 px-3 py-1.5 font-semibold underline-offset-4 hover:underline aria-[current=page]:border-stone-900 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:border-stone-700 dark:aria-[current=page]:border-amber-300 dark:aria-[current=page]:bg-amber-300 dark:aria-[current=page]:text-stone-950"
            >
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
