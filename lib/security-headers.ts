// Response headers for every route, applied in next.config.ts.
//
// The Content-Security-Policy trade-off: the explainer pages are rendered at build time, so a
// per-request nonce is impossible without making every page dynamic. Next.js inlines small
// scripts that carry the React Server Components payload, so `script-src` allows 'unsafe-inline'
// for 'self' documents. What keeps that safe: no third-party origin is allowed anywhere, React
// escapes all output, the only raw HTML we emit is JSON-LD that is serialised with `<` escaped,
// and `object-src`, `base-uri`, `form-action` and `frame-ancestors` are locked down.
// Everything else (fonts, images, connections) is same-origin only.

export function contentSecurityPolicy({ isDev }: { isDev: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code to rebuild component stacks; never in production.
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Paying by card without JavaScript: the form's answer redirects to Stripe's Checkout page.
    "form-action 'self' https://checkout.stripe.com",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

export const strictTransportSecurity = {
  key: "Strict-Transport-Security",
  value: "max-age=63072000; includeSubDomains",
};
