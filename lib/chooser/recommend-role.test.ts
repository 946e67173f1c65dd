import { describe, expect, it } from "vitest";
import { answersFrom, recommendRole } from "./recommend-role";

describe("recommendRole", () => {
  it("recommends an engineer for a band with finished, rehearsed songs", () => {
    const result = recommendRole({ hear: "yes", finished: "yes", ideas: "no", capture: "yes", manage: "no" });
    expect(result.role).toBe("ENGINEER");
    expect(result.reasons).toContain("You can already hear the finished record, so the job is to capture it faithfully.");
  });

  it("recommends a producer for an artist still finding the sound", () => {
    expect(recommendRole({ hear: "no", finished: "no", ideas: "yes", capture: "no", manage: "yes" }).role).toBe("PRODUCER");
  });

  it("recommends both when the project needs capture and creative lead", () => {
    expect(recommendRole({ hear: "yes", finished: "yes", ideas: "yes", manage: "yes" }).role).toBe("BOTH");
  });

  it("says not sure when too little was answered or the answers balance out", () => {
    expect(recommendRole({}).role).toBe("UNSURE");
    expect(recommendRole({ hear: "yes", finished: "unsure" }).role).toBe("UNSURE");
    expect(recommendRole({ hear: "yes", finished: "no" }).role).toBe("UNSURE");
  });

  it("builds one reason per yes/no answer, in question order", () => {
    const result = recommendRole({ ideas: "yes", hear: "no", capture: "unsure" });
    expect(result.answered).toBe(2);
    expect(result.reasons).toEqual([
      "You are still looking for the sound, which is exactly what a producer helps with.",
      "You want creative input on the songs and performances.",
    ]);
  });
});

describe("answersFrom", () => {
  it("keeps only known questions with known answers", () => {
    expect(answersFrom({ hear: "yes", finished: ["no"], ideas: "maybe", bogus: "yes", manage: "unsure" })).toEqual({ hear: "yes", manage: "unsure" });
  });
});
