import Link from "next/link";
import { roles } from "@/lib/content/roles";
import { studio } from "@/lib/site/studio";

const navigation = [
  { href: roles["recording-engineer"].path, label: "Engineer" },
  { href: roles["music-producer"].path, label: "Producer" },
  { href: "/roles/engineer-vs-producer", label: "Compare" },
  { href: "/which-do-i-need", label: "Which do I need?" },
  { href: "/book", label: "Availability" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-8 gap-y-3 px-5 py-4 sm:px-8">
        <Link href="/" className="font-display text-2xl tracking-tight text-stone-900 dark:text-stone-50">
          {studio.name}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-x-6 gap-y-2 text-base">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="text-stone-700 underline-offset-4 hover:text-stone-950 hover:underline dark:text-stone-300 dark:hover:text-white"
                >
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link
                href="/inquire"
                className="rounded-full bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200"
              >
                Start an inquiry
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
