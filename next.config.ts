import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from "next/constants";
import { InvalidEnvironmentError, missingProductionSecret, parseEnv } from "./lib/env/schema";
import { contentSecurityPolicy, securityHeaders, strictTransportSecurity } from "./lib/security-headers";

export default function config(phase: string): NextConfig {
  const isDev = phase === PHASE_DEVELOPMENT_SERVER;
  // Validated here so that a bad variable stops `next build`, `next dev` and `next start` at once,
  // with a message naming it, rather than on the first request that reads it.
  const env = parseEnv(process.env);
  const missingSecret = phase === PHASE_PRODUCTION_SERVER ? missingProductionSecret(env) : null;
  if (missingSecret) throw new InvalidEnvironmentError([missingSecret]);
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.APP_URL) {
    console.warn("APP_URL is not set: canonical URLs and the sitemap will point at http://localhost.");
  }
  return {
    poweredByHeader: false,
    // pdfkit loads its own files (standard fonts, colour profile) relative to itself at run time,
    // which bundling would break: the server requires it, and the fontkit it shares the invoice
    // fonts with, from node_modules instead.
    serverExternalPackages: ["pdfkit", "fontkit"],
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
