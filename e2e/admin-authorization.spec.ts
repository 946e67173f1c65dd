// Every admin page, route handler and server action in the build, called by someone who may not:
// anonymous visitors, and STAFF where OWNER is required. The lists come from the build's
// manifests, so a new page or action is covered (or the suite asks for its policy) automatically.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { UNREADABLE_FORM } from "../lib/auth/form-fields";
import { generateReference } from "../lib/inquiries/generate-reference";
import { builtActions, builtRoutes } from "./support/manifests";
import { newStaff, projectDatabase, TEST_PASSWORD, uniqueClientIp } from "./support/staff";

/** Pages and handlers anyone may call: the public site, sign-in and the invitation link. */
const PUBLIC_PATHS = new Set([
  "/admin/sign-in",
  "/admin/sign-in/check-email",
  "/admin/sign-in/confirm",
  "/admin/invitations/[token]",
  "/api/auth/[...nextauth]",
  "/api/health",
  "/api/ready",
  "/api/inquiries",
  "/api/availability",
  // The secret token in its URL is the credential; anything else is answered 404.
  "/api/calendar-feeds/[token]",
  // Stripe's signature on the body is the credential; anything unsigned is answered 400.
  "/api/webhooks/stripe",
]);
// The accountant's CSVs are route handlers: STAFF is answered 403.
const OWNER_PATHS = new Set(["/admin/staff", "/admin/settings", "/admin/settings/billing", "/admin/system", "/admin/money/invoices.csv", "/admin/money/payments.csv"]);

/** Every server action's policy, by exported name. An action missing here fails the suite. */
const ACTION_POLICY: Record<string, "public" | "STAFF" | "OWNER"> = {
  submitInquiry: "public",
  askAboutSessionAction: "public",
  payByCardAction: "public",
  acceptInvitationAction: "public",
  changePasswordAction: "STAFF",
  signOutEverywhereAction: "STAFF",
  inviteStaffAction: "OWNER",
  revokeInvitationAction: "OWNER",
  setStaffActiveAction: "OWNER",
  changeLeadStatusAction: "STAFF",
  assignLeadAction: "STAFF",
  addLeadNoteAction: "STAFF",
  replyToLeadAction: "STAFF",
  retryEmailAction: "STAFF",
  eraseLeadAction: "OWNER",
  setRoomOffersAction: "OWNER",
  updateReminderSettingsAction: "OWNER",
  createSessionsAction: "STAFF",
  confirmSessionAction: "STAFF",
  bookRequestedTimeAction: "STAFF",
  approveProposedMoveAction: "STAFF",
  closeArtistRequestAction: "STAFF",
  loadFreeBusyAction: "STAFF",
  moveBookingAction: "STAFF",
  moveSessionAction: "STAFF",
  cancelSessionAction: "STAFF",
  updateStudioSettingsAction: "OWNER",
  setOpeningHoursAction: "OWNER",
  addClosureAction: "OWNER",
  removeClosureAction: "OWNER",
  saveRoomAction: "OWNER",
  setStaffSkillsAction: "OWNER",
  rotateCalendarFeedAction: "OWNER",
  retryDeadLetterAction: "OWNER",
  saveDepositRuleAction: "OWNER",
  setCancellationPolicyAction: "OWNER",
  publishTermsAction: "OWNER",
  saveTaxSettingsAction: "OWNER",
  saveInvoiceDetailsAction: "OWNER",
  setCardPaymentsAction: "OWNER",
  acceptProposalAction: "public",
  sendProposalAction: "STAFF",
  recordBankTransferAction: "STAFF",
  issueRefundAction: "OWNER",
  markRefundSentAction: "STAFF",
  addBookingExtraAction: "STAFF",
  removeBookingExtraAction: "STAFF",
  issueFinalInvoiceAction: "STAFF",
  settlePaymentDecisionAction: "STAFF",
  applyArtistCreditAction: "STAFF",
  issueCreditNoteAction: "OWNER",
};

// Ways a request might try to slip past a check: Next.js's internal subrequest header (the
// middleware bypass of CVE-2025-29927 and its successors) and the RSC and prefetch variants.
const SUBREQUEST_HEADERS: Record<string, string>[] = [
  {},
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
];
const PAGE_VARIANTS: { suffix: string; headers: Record<string, string> }[] = [
  ...SUBREQUEST_HEADERS.map((headers) => ({ suffix: "", headers })),
  { suffix: "?_rsc=1a2b3", headers: { RSC: "1", "Next-Router-Prefetch": "1" } },
  { suffix: "?_rsc=1a2b3", headers: { RSC: "1", "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } },
  { suffix: ".rsc", headers: {} },
];

/** A refusal as Next.js may phrase it: a status, a redirect, or (in an RSC payload) the same as data. */
function expectRefused(status: number, location: string | undefined, body: string, where: string, expected: "sign-in" | "not-found", prefetch: boolean) {
  if (status === 200 && prefetch && !body.includes("NEXT_")) {
    // A prefetch of a dynamic page answers with the route's shape only; nothing of the page runs.
    expect(body, where).not.toMatch(/Sign out|Signed in as|@/);
  } else if (status === 200) {
    const marker = expected === "sign-in" ? "NEXT_REDIRECT;replace;/admin/sign-in" : "NEXT_HTTP_ERROR_FALLBACK;404";
    expect(body, where).toContain(marker);
  } else if (status >= 300 && status < 400) {
    expect(expected, where).toBe("sign-in");
    expect(new URL(location ?? "", "http://x").pathname, where).toBe("/admin/sign-in");
  } else {
    expect([401, 403, 404], where).toContain(status);
  }
}

/**
 * GET without following redirects, except Next.js's own hop that adds the `_rsc` cache key to an
 * RSC request (it says nothing about access; the answer after it does).
 */
async function getOnce(request: APIRequestContext, url: string, headers: Record<string, string>) {
  let response = await request.get(url, { headers, maxRedirects: 0 });
  const location = response.headers().location ?? "";
  if (response.status() === 307 && location.includes("_rsc")) response = await request.get(location, { headers, maxRedirects: 0 });
  return response;
}

const isProtected = (path: string) => (path.startsWith("/admin") || path.startsWith("/api")) && !PUBLIC_PATHS.has(path);

async function signedInContext(request: APIRequestContext, email: string) {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = await csrf.json();
  const response = await request.post("/api/auth/callback/password", { form: { csrfToken, email, password: TEST_PASSWORD, json: "true" } });
  expect(response.ok()).toBe(true);
  const session = await (await request.get("/api/auth/session")).json();
  expect(session.staff).toBeTruthy();
}

test.describe("authorization", () => {
  test.use({ extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } });
  // A lead whose details must never appear in a refused answer.
  const canary = `Canary ${Date.now()}`;
  let leadId: string;

  test.beforeAll(async () => {
    const db = await projectDatabase();
    const lead = await db.inquiry.create({
      data: { reference: generateReference(), roleNeeded: "BOTH", name: canary, email: "canary@example.com", artistName: canary, message: "A canary lead for the authorization suite.", consentedAt: new Date() },
    });
    leadId = lead.id;
  });
  // An invoice id that is well formed, so a refusal is the authorization's and not the id's.
  const concrete = (path: string) =>
    path.replace("[id]", leadId).replace("[token]", "not-a-real-token-000000000000").replace("[invoiceId]", "00000000-0000-4000-8000-000000000000");

  test("the build's admin pages and handlers are all protected or declared public", () => {
    const routes = builtRoutes();
    expect(routes.filter((route) => route.path.startsWith("/admin")).length).toBeGreaterThan(5);
    expect(routes.some((route) => route.path === "/admin/leads/[id]")).toBe(true);
  });

  test("anonymous requests to every protected page and handler are refused", async ({ request }) => {
    for (const route of builtRoutes().filter((candidate) => isProtected(candidate.path))) {
      for (const { suffix, headers } of PAGE_VARIANTS) {
        const url = `${concrete(route.path)}${suffix}`;
        const response = await getOnce(request, url, headers);
        const body = await response.text();
        const where = `${url} with ${JSON.stringify(headers)} answered ${response.status()}`;
        expect(body, where).not.toContain(canary);
        expectRefused(response.status(), response.headers().location, body, where, "sign-in", "Next-Router-Prefetch" in headers);
      }
    }
  });

  test("STAFF is refused OWNER pages", async ({ request }) => {
    const staff = await newStaff("STAFF");
    await signedInContext(request, staff.email);
    for (const path of OWNER_PATHS) {
      for (const { suffix, headers } of PAGE_VARIANTS) {
        const response = await getOnce(request, `${path}${suffix}`, headers);
        const where = `${path}${suffix} with ${JSON.stringify(headers)} answered ${response.status()}`;
        expectRefused(response.status(), response.headers().location, await response.text(), where, "not-found", "Next-Router-Prefetch" in headers);
      }
    }
    // The control: staff pages do open for STAFF.
    for (const route of builtRoutes().filter((candidate) => isProtected(candidate.path) && candidate.kind === "page" && !OWNER_PATHS.has(candidate.path))) {
      const response = await request.get(concrete(route.path), { maxRedirects: 0 });
      expect(response.status(), route.path).toBe(200);
      if (route.path === "/admin/leads/[id]") expect(await response.text()).toContain(canary);
    }
  });

  test("every server action has a declared policy and refuses callers below it", async ({ playwright, baseURL }) => {
    const actions = builtActions();
    const undeclared = actions.filter((action) => !(action.exportedName in ACTION_POLICY)).map((action) => `${action.exportedName} (${action.filename})`);
    expect(undeclared, "declare these actions' policy in ACTION_POLICY").toEqual([]);

    const staff = await newStaff("STAFF");
    const owner = await newStaff("OWNER");
    const contexts = {
      anonymous: await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } }),
      staff: await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } }),
      owner: await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": uniqueClientIp() } }),
    };
    await signedInContext(contexts.staff, staff.email);
    await signedInContext(contexts.owner, owner.email);

    const call = async (context: APIRequestContext, actionId: string, page: string, headers: Record<string, string> = {}) => {
      const response = await context.post(concrete(page), {
        headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", ...headers },
        data: "[]",
        maxRedirects: 0,
      });
      return response.text();
    };

    // Signing out everywhere ends the caller's own session, so it goes last.
    const ordered = actions
      .filter((candidate) => ACTION_POLICY[candidate.exportedName] !== "public")
      .sort((a, b) => Number(a.exportedName === "signOutEverywhereAction") - Number(b.exportedName === "signOutEverywhereAction"));
    for (const action of ordered) {
      const page = action.workerPaths[0];
      for (const headers of SUBREQUEST_HEADERS) {
        expect(await call(contexts.anonymous, action.id, page, headers), `${action.exportedName} anonymous ${JSON.stringify(headers)}`).toContain('"status":"refused"');
      }
      const asStaff = await call(contexts.staff, action.id, page);
      if (ACTION_POLICY[action.exportedName] === "OWNER") {
        expect(asStaff, `${action.exportedName} as STAFF`).toContain("Only the studio's owner can do this.");
      } else {
        expect(asStaff, `${action.exportedName} as STAFF`).not.toContain('"status":"refused"');
      }
      // The control: the owner passes the check, and then gets the calm answer for input that is
      // not a form (not a logged crash); the one action that reads no form just runs.
      const asOwner = await call(contexts.owner, action.id, page);
      expect(asOwner, `${action.exportedName} as OWNER`).not.toContain('"status":"refused"');
      if (action.exportedName !== "signOutEverywhereAction") expect(asOwner, `${action.exportedName} as OWNER`).toContain(UNREADABLE_FORM);
    }
    // Public actions answer input that is not their form the same way.
    for (const action of actions.filter((candidate) => ACTION_POLICY[candidate.exportedName] === "public")) {
      expect(await call(contexts.anonymous, action.id, action.workerPaths[0]), `${action.exportedName} with no form`).toContain(UNREADABLE_FORM);
    }
    for (const context of Object.values(contexts)) await context.dispose();
  });
});
