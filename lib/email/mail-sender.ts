/** The iCalendar methods the studio's invitations use. */
export type CalendarMethod = "REQUEST" | "CANCEL" | "PUBLISH";

/** A file sent with a message (an invoice's PDF), made when the message is sent. */
export type EmailAttachment = { filename: string; contentType: string; content: Buffer };

/** What the outbox needs from a mail transport: nodemailer's, or a test's stand-in. */
export type MailSender = {
  sendMail(message: {
    from: string;
    to: string;
    replyTo?: string;
    subject: string;
    text: string;
    html: string;
    messageId: string;
    inReplyTo?: string;
    references?: string;
    /** An iCalendar invitation: nodemailer sends it as a text/calendar part (and an .ics attachment). */
    icalEvent?: { method: CalendarMethod; content: string };
    attachments?: EmailAttachment[];
  }): Promise<unknown>;
};
