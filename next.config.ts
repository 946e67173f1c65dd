import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { contentSecurityPolicy, securityHeaders, strictTransportSecurity } from "./lib/security-headers";

export default function config(phase: string): NextConfig {
  const isDev = phase === PHASE_DEVELOPMENT_SERVER;
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    async headers() {
      return [
        {
          source: "/:path*",
          headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy({ isDev }) }, ...securityHeaders],
        },
        {
          // HSTS only means something over https; behind a TLS-terminating proxy that is
          // announced by X-Forwarded-Proto.
          source: "/:path*",
          has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
          headers: [strictTransportSecurity],
        },
      ];
    },
  };
}
