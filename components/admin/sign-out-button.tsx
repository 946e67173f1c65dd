"use client";

import { signOut } from "next-auth/react";
import { secondaryButtonClass } from "./styles";

export function SignOutButton() {
  return (
    <button type="button" className={`${secondaryButtonClass} px-3 py-1 text-sm`} onClick={() => signOut({ callbackUrl: "/admin/sign-in" })}>
      Sign out
    </button>
  );
}
