// The "which do I need?" chooser: five yes/no questions, each leaning towards the engineer or the
// producer, and a recommendation with the reasons that led to it.
import type { ROLES_NEEDED } from "../inquiries/inquiry-schema";

type Role = (typeof ROLES_NEEDED)[number];
export type Answer = "yes" | "no" | "unsure";

type Lean = { engineer?: number; producer?: number; reason: string };

export const chooserQuestions: {
  id: string;
  question: string;
  hint: string;
  yes: Lean;
  no: Lean;
}[] = [
  {
    id: "hear",
    question: "Can you already hear how the finished record should sound?",
    hint: "The instruments, the feel, the overall sound.",
    yes: { engineer: 1, reason: "You can already hear the finished record, so the job is to capture it faithfully." },
    no: { producer: 1, reason: "You are still looking for the sound, which is exactly what a producer helps with." },
  },
  {
    id: "finished",
    question: "Are the songs finished: lyrics, structure and parts?",
    hint: "Could you play them start to finish today?",
    yes: { engineer: 1, reason: "Your songs are finished and ready to record." },
    no: { producer: 1, reason: "Your songs still need writing or arranging, where a producer often helps." },
  },
  {
    id: "ideas",
    question: "Do you want ideas on arrangement, instruments or your performance?",
    hint: "Someone to suggest a different bridge, another instrument, one more take.",
    yes: { producer: 1, reason: "You want creative input on the songs and performances." },
    no: { engineer: 1, reason: "You would rather keep the creative decisions to yourself." },
  },
  {
    id: "capture",
    question: "Do you mainly need rehearsed songs recorded and mixed cleanly?",
    hint: "Microphones, levels, a clean recording and a good mix.",
    yes: { engineer: 1, reason: "What you need most is clean recording and mixing: the engineer's craft." },
    no: { reason: "You need more than a clean recording." },
  },
  {
    id: "manage",
    question: "Do you want someone to run the project: schedule, team, budget?",
    hint: "Booking players, keeping to a release date, watching costs.",
    yes: { producer: 1, reason: "You want someone to run the project, which producers often do." },
    no: { reason: "You will run the project yourself." },
  },
];

export type Recommendation = { role: Role; answered: number; reasons: string[] };

export function recommendRole(answers: Record<string, Answer | undefined>): Recommendation {
  let engineer = 0;
  let producer = 0;
  let answered = 0;
  const reasons: string[] = [];
  for (const question of chooserQuestions) {
    const answer = answers[question.id];
    if (answer !== "yes" && answer !== "no") continue;
    answered++;
    const lean = question[answer];
    engineer += lean.engineer ?? 0;
    producer += lean.producer ?? 0;
    reasons.push(lean.reason);
  }
  return { role: decide(engineer, producer, answered), answered, reasons };
}

function decide(engineer: number, producer: number, answered: number): Role {
  if (answered < 2) return "UNSURE";
  if (engineer >= 2 && producer >= 2) return "BOTH";
  if (engineer >= 2 && producer <= 1) return "ENGINEER";
  if (producer >= 2 && engineer <= 1) return "PRODUCER";
  return "UNSURE";
}

/** Reads the answers from the chooser's query string, ignoring anything unexpected. */
export function answersFrom(searchParams: Record<string, string | string[] | undefined>): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const { id } of chooserQuestions) {
    const value = searchParams[id];
    if (value === "yes" || value === "no" || value === "unsure") answers[id] = value;
  }
  return answers;
}
