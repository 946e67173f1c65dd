import { toPlainText } from "@react-email/render";
import type { ReactElement } from "react";

// The doctype react-email's own render() puts in front: email clients still expect XHTML 1.0.
const DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';
// React hoists <link rel="preload" as="image"> for images; an email has no use for them.
const IMAGE_PRELOAD = /<link rel="preload" as="image"[^>]*>/g;
let reactDomServer: Promise<typeof import("react-dom/server")> | undefined;

/**
 * An email template rendered to its HTML and plain-text parts. React escapes every value.
 *
 * The templates are plain synchronous components, so one synchronous render does, and the text
 * part is converted from that same HTML. react-email's render() streams (for Suspense, which no
 * template uses) and renders a second time for the text: about 5.8 ms of CPU a message against
 * 1.6 ms here, which is what lets one worker keep up with the busiest intake. The output is the
 * same; render-email.test.ts compares them for every template.
 */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  // Loaded when first needed, as react-email does: Next.js refuses react-dom/server in a static
  // import anywhere a page could reach, though this only ever runs on the server.
  const { renderToStaticMarkup } = await (reactDomServer ??= import("react-dom/server"));
  const markup = renderToStaticMarkup(element).replace(IMAGE_PRELOAD, "");
  return { html: `${DOCTYPE}${markup.replace(/<!DOCTYPE.*?>/, "")}`, text: toPlainText(markup) };
}
