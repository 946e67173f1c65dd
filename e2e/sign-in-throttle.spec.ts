// The sign-in protection policy over HTTP, against the production server: however an attempt is
// sent, it is counted against the account next-auth actually checks (README, "Sign-in protection").
import { expect, test } from "@playwright/test";
import { PASSWORD_TRIES_PER_ACCOUNT, LINK_REQUESTS_PER_ACCOUNT, SIGN_IN_LIMIT_PER_IP } from "../lib/auth/throttle-sign-in";
import { postLinkRequest, postPassword } from "./support/auth-requests";
import { newStaff, projectDatabase, TEST_PASSWORD, uniqueClientIp } from "./support/staff";

const refusedWith = async (response: Awaited<ReturnType<typeof postPassword>>, code: string) => {
  expect(response.status()).toBe(429);
  expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  expect(await response.text()).toContain(`error=${code}`);
};

test("every way of sending a password counts against the account it tries", async ({ playwright, baseURL }) => {
  const staff = await newStaff();
  const attacker = await playwright.request.newContext({ baseURL });
  const decoy = `decoy.${Date.now()}@example.com`;
  // Ten wrong tries, each from a new address, each sent a different way; all of them next-auth
  // reads as attempts on the staff member's account.
  const variants = [
    { path: "/api/auth/callback/password/x" },
    { path: "/api/auth/callback/password/x/y" },
    { path: "/api/auth/callback/password/" },
    { body: "json" as const },
    { body: "json" as const, path: "/api/auth/callback/password/extra" },
    { extra: `email=${encodeURIComponent(decoy)}` }, // the last email field is the one next-auth reads
    { body: "plain-form" as const },
    {},
    {},
    {},
  ];
  expect(variants).toHaveLength(PASSWORD_TRIES_PER_ACCOUNT);
  for (const [i, variant] of variants.entries()) {
    const email = i % 2 ? staff.email.toUpperCase() : ` ${staff.email} `;
    const response = await postPassword(attacker, email, `wrong guess ${i}`, { ip: uniqueClientIp(), ...variant });
    expect(response.status(), JSON.stringify(variant)).not.toBe(429);
  }
  // The right password from yet another address, by yet another path: refused.
  await refusedWith(await postPassword(attacker, staff.email, TEST_PASSWORD, { ip: uniqueClientIp(), path: "/api/auth/callback/password/again" }), "TooManyAttempts");
  const plain = await postPassword(attacker, staff.email, TEST_PASSWORD, { ip: uniqueClientIp(), body: "plain-form" });
  expect(plain.status()).toBe(429);
  // The decoy was never counted: it has its whole budget.
  const decoyTry = await postPassword(attacker, decoy, "anything at all", { ip: uniqueClientIp() });
  expect(decoyTry.status()).toBe(401);
  await attacker.dispose();
});

test("one address is limited across accounts, whatever path it uses", async ({ request }) => {
  const ip = uniqueClientIp();
  for (let i = 0; i < SIGN_IN_LIMIT_PER_IP; i++) {
    const response = await postPassword(request, `nobody.${i}.${Date.now()}@example.com`, "guess", { ip, path: i % 2 ? "/api/auth/callback/password/x" : undefined });
    expect(response.status()).toBe(401);
  }
  await refusedWith(await postPassword(request, `fresh.${Date.now()}@example.com`, "guess", { ip, path: "/api/auth/callback/password/x" }), "TooManyAttempts");
  await refusedWith(await postLinkRequest(request, `fresh.${Date.now()}@example.com`, { ip, path: "/api/auth/signin/email/x" }), "TooManyLinkRequests");
});

test("email links have their own budget, however they are asked for", async ({ request }) => {
  const staff = await newStaff();
  const db = await projectDatabase();
  const paths = ["/api/auth/signin/email/x", "/api/auth/signin/email/", undefined, "/api/auth/signin/email/x/y", undefined];
  expect(paths).toHaveLength(LINK_REQUESTS_PER_ACCOUNT);
  for (const [i, path] of paths.entries()) {
    const response = await postLinkRequest(request, i % 2 ? staff.email.toUpperCase() : staff.email, { ip: uniqueClientIp(), path, body: i === 2 ? "json" : undefined });
    expect(response.status()).toBe(200);
    expect((await response.json()).url).toContain("/api/auth/verify-request");
  }
  await refusedWith(await postLinkRequest(request, staff.email, { ip: uniqueClientIp(), path: "/api/auth/signin/email/z" }), "TooManyLinkRequests");
  // Only the admitted requests made a link.
  expect(await db.outboxMessage.count({ where: { toAddress: staff.email, kind: "staff.sign-in-link" } })).toBe(LINK_REQUESTS_PER_ACCOUNT);
});

test("a locked password still lets the link through, and a browser that signed in before gets in", async ({ playwright, baseURL }) => {
  const staff = await newStaff();
  const ownLaptop = await playwright.request.newContext({ baseURL });
  const signedIn = await postPassword(ownLaptop, staff.email, TEST_PASSWORD, { ip: uniqueClientIp() });
  expect(signedIn.status()).toBe(200);
  expect(signedIn.headers()["set-cookie"]).toContain("__Host-studio-desk.known-device=");
  await ownLaptop.post("/api/auth/signout", { form: { csrfToken: (await (await ownLaptop.get("/api/auth/csrf")).json()).csrfToken, json: "true" } });

  const attacker = await playwright.request.newContext({ baseURL });
  for (let i = 0; i < PASSWORD_TRIES_PER_ACCOUNT; i++) await postPassword(attacker, staff.email, `guess ${i}`, { ip: uniqueClientIp() });
  // The attacker, and any new browser, is refused even with the right password...
  await refusedWith(await postPassword(attacker, staff.email, TEST_PASSWORD, { ip: uniqueClientIp() }), "TooManyAttempts");
  // ...but the link still comes, and the laptop that signed in before still gets in.
  const link = await postLinkRequest(attacker, staff.email, { ip: uniqueClientIp() });
  expect(link.status()).toBe(200);
  const again = await postPassword(ownLaptop, staff.email, TEST_PASSWORD, { ip: uniqueClientIp() });
  expect(again.status()).toBe(200);
  expect((await (await ownLaptop.get("/api/auth/session")).json()).staff).toBeTruthy();
  await attacker.dispose();
  await ownLaptop.dispose();
});

test("asking for a link answers the same for a known and an unknown address, before any mail is sent", async ({ request }) => {
  const staff = await newStaff();
  const db = await projectDatabase();
  const stranger = `stranger.${Date.now()}@example.com`;
  const answers = [];
  for (const email of [staff.email, stranger]) {
    const response = await postLinkRequest(request, email, { ip: uniqueClientIp() });
    answers.push({ status: response.status(), body: await response.json() });
  }
  expect(answers[0]).toEqual(answers[1]);
  // The known address's link was queued, not sent inline; the stranger's was never queued.
  const queued = await db.outboxMessage.findMany({ where: { toAddress: { in: [staff.email, stranger] } }, select: { toAddress: true, kind: true } });
  expect(queued).toEqual([{ toAddress: staff.email, kind: "staff.sign-in-link" }]);
});
