import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

const headers = (forwardedFor: string) => new Headers({ "x-forwarded-for": forwardedFor });

describe("clientIpFrom", () => {
  it("takes the address that connected when no proxy is trusted, whatever the client claims", () => {
    expect(clientIpFrom(headers("203.0.113.9"))).toBe("203.0.113.9");
    expect(clientIpFrom(headers("1.2.3.4, 5.6.7.8, 203.0.113.9"))).toBe("203.0.113.9");
  });

  it("takes the address the trusted proxy saw", () => {
    expect(clientIpFrom(headers("1.2.3.4, 198.51.100.7, 10.0.0.2"), 1)).toBe("198.51.100.7");
    expect(clientIpFrom(headers("10.0.0.2"), 3)).toBe("10.0.0.2");
  });

  it("groups IPv6 addresses by /64 and unwraps IPv4-mapped ones", () => {
    expect(clientIpFrom(headers("2001:db8:0:1:aaaa::1"))).toBe("2001:db8:0:1::/64");
    expect(clientIpFrom(headers("2001:db8:0:1:ffff:ffff:ffff:fffe"))).toBe("2001:db8:0:1::/64");
    expect(clientIpFrom(headers("2001:db8::1"))).toBe("2001:db8:0:0::/64");
    expect(clientIpFrom(headers("::ffff:192.0.2.4"))).toBe("192.0.2.4");
    expect(clientIpFrom(headers("::1"))).toBe("0:0:0:0::/64");
  });

  it("falls back to X-Real-IP, then to a shared bucket", () => {
    expect(clientIpFrom(new Headers({ "x-real-ip": "192.0.2.8" }))).toBe("192.0.2.8");
    expect(clientIpFrom(new Headers())).toBe("unknown");
  });
});
