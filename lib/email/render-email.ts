import { plainTextSelectors } from "@react-email/render";
import { compile } from "html-to-text";
import type { ReactElement } from "react";

// The doctype react-email's own render() puts in front: email clients still expect XHTML 1.0.
const DOCTYPE = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';
// React hoists <link rel="preload" as="image"> for images; an email has no use for them.
const IMAGE_PRELOAD = /<link rel="preload" as="image"[^>]*>/g;
// The text part has no use for the inline styles, which are about half the markup the converter
// would parse. React writes a quote inside an attribute or text as &quot;, so this matches only
// whole style attributes.
const INLINE_STYLE = / style="[^"]*"/g;
let reactDomServer: Promise<typeof import("react-dom/server")> | undefined;
// react-email's toPlainText() with its own options, compiled once: toPlainText() compiles
// html-to-text's selectors again for every message, which cost more than the conversion itself.
const toPlainText = compile({ wordwrap: false, selectors: plainTextSelectors });

/**
 * An email template rendered to its HTML and plain-text parts. React escapes every value.
 *
 * The templates are plain synchronous components, so one synchronous render does, and the text
 * part is converted from that same HTML. react-email's render() streams (for Suspense, which no
 * template uses) and renders a second time for the text. The output is the same; render-email.test.ts
 * compares them for every template, and `npm run bench -- intake` measures the cost of both.
 */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  // Loaded when first needed, as react-email does: Next.js refuses react-dom/server in a static
  // import anywhere a page could reach, though this only ever runs on the server.
  const { renderToStaticMarkup } = await (reactDomServer ??= import("react-dom/server"));
  const markup = renderToStaticMarkup(element).replace(IMAGE_PRELOAD, "");
  return { html: `${DOCTYPE}${markup.replace(/<!DOCTYPE.*?>/, "")}`, text: toPlainText(markup.replace(INLINE_STYLE, "")) };
}
