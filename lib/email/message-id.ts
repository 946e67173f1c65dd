/** A Message-ID fixed when the message is queued, so every delivery attempt is the same message. */
export function messageIdFor(outboxId: string, appUrl: string): string {
  return `<${outboxId}@${new URL(appUrl).hostname || "studio-desk.invalid"}>`;
}
