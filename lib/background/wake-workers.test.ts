import { expect, it } from "vitest";
import { describeEachDatabase } from "@/test/test-databases";
import { listenForWakeups, requestWake } from "./wake-workers";

const until = async (condition: () => boolean, timeoutMs = 5_000) => {
  for (const started = Date.now(); !condition() && Date.now() - started < timeoutMs; ) await new Promise((resolve) => setTimeout(resolve, 10));
};

describeEachDatabase("requestWake", { poolSize: 2 }, ({ db, url }) => {
  it("sends one notification for a burst of requests, and one more for requests made while it was in flight", async () => {
    const heard: string[] = [];
    const stop = listenForWakeups(url, (task) => heard.push(task));
    try {
      // The listener connects in the background: wait until it hears a first wake-up.
      await until(() => {
        if (heard.length === 0) requestWake(db, "probe");
        return heard.length > 0;
      });
      heard.length = 0;
      await new Promise((resolve) => setTimeout(resolve, 200));
      heard.length = 0;

      for (let i = 0; i < 50; i++) requestWake(db, "deliver-email");
      await until(() => heard.length >= 2);
      await new Promise((resolve) => setTimeout(resolve, 200));
      // The first request sent at once; the other 49 arrived while it was in flight: one more.
      expect(heard).toEqual(["deliver-email", "deliver-email"]);

      requestWake(db, "deliver-email");
      await until(() => heard.length >= 3);
      expect(heard).toHaveLength(3);
    } finally {
      await stop();
    }
  });
});
