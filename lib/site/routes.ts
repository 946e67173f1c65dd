/** The public pages, in the order the sitemap and the footer list them. */
export const publicPages = [
  { path: "/", label: "Home" },
  { path: "/roles/recording-engineer", label: "Recording engineer" },
  { path: "/roles/music-producer", label: "Music producer" },
  { path: "/roles/engineer-vs-producer", label: "Engineer vs producer" },
  { path: "/which-do-i-need", label: "Which do I need?" },
  { path: "/book", label: "Studio availability" },
  { path: "/inquire", label: "Start an inquiry" },
  { path: "/privacy", label: "Privacy" },
] as const;
