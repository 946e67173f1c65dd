import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/admin-header";
import { getStaffMember } from "@/lib/auth/get-staff-member";

// The frame of every signed-in page. Each page checks the session and role itself (layouts are
// not re-run on every navigation, so they cannot be what protects the data), and it is the page
// that sends a visitor to sign in, because only the page knows where to come back to.
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const member = await getStaffMember();
  if (!member) return children;
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only rounded bg-amber-700 px-4 py-2 font-medium text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50">
        Skip to content
      </a>
      <AdminHeader member={member} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 focus:outline-none sm:px-6">
        {children}
      </main>
    </div>
  );
}
