// What a recording engineer and a music producer do, as structured content: the explainer pages,
// the comparison table, the FAQ structured data and (later) the emails all read from here, so
// the studio tells one consistent story.

export const roles = {
  "recording-engineer": {
    slug: "recording-engineer",
    title: "Recording engineer",
    oneLine: "The technical expert who captures your sound cleanly, at the best quality the room allows.",
    path: "/roles/recording-engineer",
  },
  "music-producer": {
    slug: "music-producer",
    title: "Music producer",
    oneLine: "The creative lead who shapes your songs and steers the record from first idea to finished master.",
    path: "/roles/music-producer",
  },
} as const;

export type ComparisonRow = { aspect: string; engineer: string; producer: string };

export const comparisonRows: ComparisonRow[] = [
  { aspect: "Focus", engineer: "Technical: capturing sound and keeping its quality high", producer: "Creative: direction, songs and performances" },
  { aspect: "Scope", engineer: "The details: microphones, levels, clarity", producer: "The big picture: the whole record and the project around it" },
  { aspect: "Writing songs", engineer: "Rarely", producer: "Often: arrangements, parts, sometimes lyrics" },
  { aspect: "Works with", engineer: "You and your producer, to capture your ideas well", producer: "You, to shape the ideas; leads the team" },
  { aspect: "Also handles", engineer: "Editing, treating the room, sometimes the mix", producer: "Schedule, budget, the team, mixing and mastering decisions" },
];

export type Question = { question: string; answer: string };

/** Shown on the comparison page and published there as FAQPage structured data. */
export const engineerVsProducerFaq: Question[] = [
  {
    question: "What is the difference between a recording engineer and a music producer?",
    answer:
      "The engineer looks after the technical side: microphones, signal chains, levels and a clean recording. The producer leads the creative side: the sound of the record, the arrangements, the performances and the project as a whole.",
  },
  {
    question: "Do I need a producer if I already know how my record should sound?",
    answer:
      "Often not. If your songs are finished and well rehearsed and you can already hear the result, an engineer who captures it faithfully may be all you need.",
  },
  {
    question: "When is a producer worth it?",
    answer:
      "When you want guidance: help finding your sound, finishing songs or arrangements, getting the best performance out of everyone, or someone to run the schedule and budget. That describes most artists.",
  },
  {
    question: "Can I book both?",
    answer:
      "Yes, and for a full project it is the usual set-up: the producer leads the creative work and the engineer makes sure every idea is recorded well.",
  },
  {
    question: "Does making beats on a laptop make someone a producer?",
    answer:
      "Not by itself. Music software made the word looser, but producing a record means guiding the whole project, not only programming parts.",
  },
  {
    question: "Who mixes the record?",
    answer:
      "It varies: sometimes the recording engineer, sometimes the producer, sometimes a dedicated mixing engineer. The producer usually takes part in mixing and mastering decisions so the final sound matches the vision.",
  },
];
