import { expect, it } from "vitest";
import { describeEachDatabase } from "@/test/test-databases";
import { knownDeviceIdFor, knownDeviceSetCookie } from "./known-device";
import { createSignInGuard, THROTTLED } from "./sign-in-guard";
import { LINK_REQUESTS_PER_ACCOUNT, PASSWORD_TRIES_PER_ACCOUNT, PASSWORD_TRIES_PER_KNOWN_DEVICE, SIGN_IN_LIMIT_PER_IP, throttleSignIn } from "./throttle-sign-in";

const SECRET = "a-test-secret-of-at-least-thirty-two-chars";
const NOW = new Date("2026-11-22T10:00:00Z");
let counter = 0;
const uniqueIp = () => `198.51.${100 + (++counter >> 8)}.${counter & 255}`;
const cookieValue = (setCookie: string) => setCookie.split(";")[0].split("=").slice(1).join("=");

describeEachDatabase("sign-in throttle", { poolSize: 4 }, ({ db }) => {

  const attempts = async (count: number, attempt: Omit<Parameters<typeof throttleSignIn>[1], "ip"> & { ip?: string }) => {
    const verdicts = [];
    for (let i = 0; i < count; i++) verdicts.push(await throttleSignIn(db, { ip: uniqueIp(), now: NOW, ...attempt }));
    return verdicts.map((verdict) => verdict.allowed);
  };

  it("counts password tries per account from any address, in every spelling next-auth accepts", async () => {
    const account = `limit.${Date.now()}@studio.test`;
    expect(await attempts(PASSWORD_TRIES_PER_ACCOUNT, { kind: "password", email: account })).not.toContain(false);
    for (const spelling of [account.toUpperCase(), `  ${account} `, account.replace("limit", "ｌｉｍｉｔ")]) {
      expect(await throttleSignIn(db, { kind: "password", email: spelling, ip: uniqueIp(), now: NOW }), spelling).toMatchObject({ allowed: false });
    }
    // Another account is untouched, and the window passes.
    expect(await throttleSignIn(db, { kind: "password", email: `other.${account}`, ip: uniqueIp(), now: NOW })).toEqual({ allowed: true });
    expect(await throttleSignIn(db, { kind: "password", email: account, ip: uniqueIp(), now: new Date(NOW.getTime() + 16 * 60_000) })).toEqual({ allowed: true });
  });

  it("keeps email links on a budget of their own, so a locked password still lets a link through", async () => {
    const account = `links.${Date.now()}@studio.test`;
    await attempts(PASSWORD_TRIES_PER_ACCOUNT + 1, { kind: "password", email: account });
    expect(await attempts(LINK_REQUESTS_PER_ACCOUNT, { kind: "link", email: account })).not.toContain(false);
    expect(await throttleSignIn(db, { kind: "link", email: account, ip: uniqueIp(), now: NOW })).toMatchObject({ allowed: false });
  });

  it("lets a browser that signed in before keep trying on its own budget while strangers are locked out", async () => {
    const account = `device.${Date.now()}@studio.test`;
    await attempts(PASSWORD_TRIES_PER_ACCOUNT + 1, { kind: "password", email: account });
    const deviceId = knownDeviceIdFor(cookieValue(knownDeviceSetCookie(account, { secret: SECRET, secure: true })), account, SECRET)!;
    expect(deviceId).toBeTruthy();
    expect(await attempts(PASSWORD_TRIES_PER_KNOWN_DEVICE, { kind: "password", email: account, knownDeviceId: deviceId })).not.toContain(false);
    // The device's own budget is bounded too.
    expect(await throttleSignIn(db, { kind: "password", email: account, ip: uniqueIp(), knownDeviceId: deviceId, now: NOW })).toMatchObject({ allowed: false });
  });

  it("limits one address across accounts and kinds", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < SIGN_IN_LIMIT_PER_IP; i++) {
      expect(await throttleSignIn(db, { kind: i % 2 ? "link" : "password", email: `ip${i}.${Date.now()}@x.test`, ip, now: NOW })).toEqual({ allowed: true });
    }
    const refused = await throttleSignIn(db, { kind: "password", email: "fresh@x.test", ip, now: NOW });
    expect(refused).toMatchObject({ allowed: false });
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await throttleSignIn(db, { kind: "password", email: "fresh@x.test", ip, now: new Date(NOW.getTime() + 16 * 60_000) })).toEqual({ allowed: true });
  });

  it("the guard proves the device cookie for the account tried, and keeps the refusal for the route", async () => {
    const account = `guard.${Date.now()}@studio.test`;
    const device = cookieValue(knownDeviceSetCookie(account, { secret: SECRET, secure: false }));
    // The guard counts in the current window, as the route does.
    await attempts(PASSWORD_TRIES_PER_ACCOUNT + 1, { kind: "password", email: account, now: new Date() });

    const mine = createSignInGuard(db, { ip: uniqueIp(), knownDeviceCookie: device, secret: SECRET });
    expect(await mine.admit("password", account.toUpperCase())).toBe(true);
    expect(mine.refusal).toBeNull();

    // The same cookie says nothing about another account, and a forged or foreign one nothing at all.
    for (const [cookie, email, secret] of [
      [device, `other.${account}`, SECRET],
      [device, account, `${SECRET}-rotated`],
      [`${device.split(".")[0]}.forged`, account, SECRET],
    ]) {
      expect(knownDeviceIdFor(cookie, email, secret)).toBeNull();
    }
    const stranger = createSignInGuard(db, { ip: uniqueIp(), knownDeviceCookie: `${device.split(".")[0]}.forged`, secret: SECRET });
    expect(await stranger.admit("password", account)).toBe(false);
    expect(stranger.refusal).toMatchObject({ code: THROTTLED.password });
    expect(stranger.refusal!.retryAfterSeconds).toBeGreaterThan(0);
  });
});
