// One realistic element per email template, with text that needs escaping: for the renderer's
// test and the render-cost benchmark.
import { createElement, type ReactElement } from "react";
import { ArtistSessionRequest } from "@/emails/artist-session-request";
import { BookingUpdate } from "@/emails/booking-update";
import { InquiryAcknowledgement } from "@/emails/inquiry-acknowledgement";
import { InquiryStudioNotification } from "@/emails/inquiry-studio-notification";
import { InvoiceIssued } from "@/emails/invoice-issued";
import { LeadReply } from "@/emails/lead-reply";
import { SignInLink } from "@/emails/sign-in-link";
import { StaffInvitation } from "@/emails/staff-invitation";

const studio = { studioName: "Salt & <Glass>", studioEmail: "hello@studio.test", studioPhone: "+44 20 7946 0000" };
const rows = [{ label: "Artist", value: "Zoë <b>Adeyemi</b>" }, { label: "Room", value: "Live Room & Booth" }];
export const emailFixtures: [string, ReactElement][] = [
  ["acknowledgement", createElement(InquiryAcknowledgement, { ...studio, firstName: "Zoë", reference: "SD-7K3QM", summary: rows, responseTime: "two working days", roleTitle: "what a producer does", roleUrl: "https://studio.test/roles/music-producer", portalUrl: "https://studio.test/your-inquiry/abc" })],
  [
    "acknowledgement with held time",
    createElement(InquiryAcknowledgement, {
      ...studio,
      firstName: "Zoë",
      reference: "SD-7K3QM",
      summary: rows,
      responseTime: "two working days",
      roleTitle: "what a producer does",
      roleUrl: "https://studio.test/roles/music-producer",
      portalUrl: "https://studio.test/your-inquiry/abc",
      requestedTimes: ["Studio A: Tue, 8 Dec 2026, 10:00 GMT – 22:00 GMT"],
      requestOutcome: { status: "HELD", until: "Thu, 3 Dec 2026, 12:00 GMT" },
    }),
  ],
  ["studio notification", createElement(InquiryStudioNotification, { studioName: studio.studioName, reference: "SD-7K3QM", headline: "New inquiry", rows, message: "Line one\n<script>alert(1)</script>", adminUrl: "https://studio.test/admin/leads/1", preferredTimes: ["Studio A: Tue 10:00 – 14:00 GMT"] })],
  ["reply", createElement(LeadReply, { ...studio, reference: "SD-7K3QM", body: "Thanks!\n\nSee you soon & bring <demos>.", senderName: "Sam" })],
  ["booking update", createElement(BookingUpdate, { ...studio, firstName: "Zoë", reference: "SD-7K3QM", change: "moved", sessions: [{ when: "Wed, 25 Nov 2026, 15:00 GMT – 18:00 GMT", room: "Studio A", before: { when: "Tue, 24 Nov 2026, 10:00 GMT – 14:00 GMT", room: null }, people: [{ role: "Engineer", name: "Sam" }] }], portalUrl: "https://studio.test/your-inquiry/abc" })],
  ["artist request", createElement(ArtistSessionRequest, { studioName: studio.studioName, reference: "SD-7K3QM", headline: "Zoë asks to move a session", rows, message: "", adminUrl: "https://studio.test/admin/leads/1" })],
  [
    "invoice issued",
    createElement(InvoiceIssued, {
      ...studio,
      firstName: "Zoë",
      reference: "SD-7K3QM",
      kind: "FINAL",
      number: "INV-0042",
      amount: "£250.00",
      dueDate: "15 December 2026",
      paymentInstructions: "Salt & <Glass> Ltd\nSort code 12-34-56",
      credits: null,
      cardPayments: true,
      portalUrl: "https://studio.test/your-inquiry/abc",
    }),
  ],
  ["sign-in link", createElement(SignInLink, { studioName: studio.studioName, url: "https://studio.test/admin/sign-in/confirm?token=t", minutesValid: 15 })],
  ["invitation", createElement(StaffInvitation, { studioName: studio.studioName, inviterName: "Olive", roleLabel: "staff member", url: "https://studio.test/admin/invitations/x", expiresOn: "8 December 2026" })],
];
