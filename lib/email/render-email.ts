import { render } from "@react-email/render";
import type { ReactElement } from "react";

/** An email template rendered to its HTML and plain-text parts. React escapes every value. */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
