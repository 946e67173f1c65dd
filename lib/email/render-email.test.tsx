import { render } from "@react-email/render";
import { describe, expect, it } from "vitest";
import { emailFixtures as templates } from "@/test/support/email-fixtures";
import { renderEmail } from "./render-email";


// React's streaming render marks Suspense boundaries and text joins with comments; the one-pass
// render leaves them out. Outlook's conditional comments (<!--[if mso]>) are content and stay.
const withoutReactMarkers = (html: string) => html.replace(/<!--(?!\[)[^]*?-->/g, "");

describe("renderEmail", () => {
  it.each(templates)("renders the %s as react-email's own render does", async (_name, element) => {
    const ours = await renderEmail(element);
    expect(ours.html).toBe(withoutReactMarkers(await render(element)));
    expect(ours.text).toBe(await render(element, { plainText: true }));
    expect(ours.html).not.toContain("<script>");
  });
});
