import { describe, expect, it } from "vitest";
import { NotAuthorizedError } from "../auth/errors";
import { StudioSetupError } from "./errors";
import { studioSetupFailure } from "./studio-setup-failure";

describe("studioSetupFailure", () => {
  it("answers field errors keyed by the form's field ids", () => {
    const error = new StudioSetupError("Some fields need attention.", { name: ["Give the room a name."], dayRate: ["Enter the day rate."] });
    expect(studioSetupFailure(error, "room-42-")).toEqual({
      status: "invalid",
      message: "Some fields need attention.",
      fieldErrors: { "room-42-name": ["Give the room a name."], "room-42-dayRate": ["Enter the day rate."] },
    });
    expect(studioSetupFailure(error)).toMatchObject({ fieldErrors: { name: ["Give the room a name."] } });
  });

  it("answers other expected refusals with their message, and leaves anything else alone", () => {
    expect(studioSetupFailure(new StudioSetupError("This room no longer exists."))).toEqual({ status: "error", message: "This room no longer exists." });
    expect(studioSetupFailure(new NotAuthorizedError())).toEqual({ status: "refused", message: "Only the studio's owner can do this." });
    expect(studioSetupFailure(new Error("connection reset"))).toBeNull();
  });
});
