/**
 * Structured data for search engines. JSON.stringify alone would let a "</script>" inside a value
 * end the element early, so every "<" is written as its JSON escape.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
