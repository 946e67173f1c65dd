import { describe, expect, it } from "vitest";
import { InvalidEnvironmentError, parseEnv } from "./schema";

describe("parseEnv", () => {
  it("fills sensible defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.INQUIRY_RATE_LIMIT).toBe(10);
    expect(env.EMBEDDED_DATABASE_DIR).toBe(".data/postgres");
    expect(env.BACKGROUND_WORK).toBe("on");
  });

  it("treats blank values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts postgres URLs and a limit of 0 (off)", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://u:p@db.internal:5432/studio", INQUIRY_RATE_LIMIT: "0" });
    expect(env.DATABASE_URL).toBe("postgres://u:p@db.internal:5432/studio");
    expect(env.INQUIRY_RATE_LIMIT).toBe(0);
  });

  it("turns background work off in a web process", () => {
    expect(parseEnv({ BACKGROUND_WORK: "off" }).BACKGROUND_WORK).toBe("off");
  });

  it("derives APP_URL from PORT and trims a trailing slash", () => {
    expect(parseEnv({ PORT: "4100" }).APP_URL).toBe("http://localhost:4100");
    expect(parseEnv({ APP_URL: "https://studio.example/" }).APP_URL).toBe("https://studio.example");
  });

  it.each([
    ["DATABASE_URL", "mysql://root@localhost/db"],
    ["SMTP_URL", "http://mail.example"],
    ["PORT", "eighty"],
    ["PORT", "70000"],
    ["APP_URL", "studio.example"],
    ["STUDIO_INBOX_EMAIL", "not-an-address"],
    ["INQUIRY_RATE_LIMIT", "-1"],
    ["AUTH_SECRET", "short"],
    ["BACKGROUND_WORK", "false"],
    ["STRIPE_SECRET_KEY", "pk_test_publishable"],
    ["STRIPE_API_BASE", "127.0.0.1:12111"],
  ])("names %s when its value %j is bad", (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`^Invalid environment:\\n  - ${name}: `));
  });

  it("takes Stripe's two secrets together, and names the one missing", () => {
    const env = parseEnv({ STRIPE_SECRET_KEY: "sk_test_abc123", STRIPE_WEBHOOK_SECRET: "whsec_def456" });
    expect(env.STRIPE_SECRET_KEY).toBe("sk_test_abc123");
    expect(() => parseEnv({ STRIPE_SECRET_KEY: "sk_test_abc123" })).toThrow(/^Invalid environment:\n  - STRIPE_WEBHOOK_SECRET: card payments need both/);
    expect(() => parseEnv({ STRIPE_WEBHOOK_SECRET: "whsec_def456" })).toThrow(/  - STRIPE_SECRET_KEY: card payments need both/);
  });

  it("lists every bad variable at once", () => {
    try {
      parseEnv({ PORT: "x", DATABASE_URL: "nope" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidEnvironmentError);
      expect((error as InvalidEnvironmentError).problems.map((line) => line.split(":")[0]).sort()).toEqual(["DATABASE_URL", "PORT"]);
    }
  });
});
