/**
 * The overview's three-sentence account, in our words. Each sentence names the timeline
 * events it rests on, and the page shows those events' sources under it.
 */
export const OVERVIEW_SENTENCES = [
  {
    text: 'In mid-October 2024, Ukrainian and then South Korean intelligence said North Korea was sending soldiers to Russia, four months after the two countries signed a mutual-assistance treaty.',
    eventIds: ['nis-disclosure-1500-moved', 'partnership-treaty-signed'],
  },
  {
    text: 'The figures that followed measured different things: 1,500 already in Russia, 3,000 in training or bound for the front, a planned 12,000, and more than 10,000 by early November.',
    eventIds: ['kyiv-independent-3000-report', 'nis-disclosure-1500-moved', 'south-korea-10000-in-russia'],
  },
  {
    text: 'On 5 November 2024, Ukraine’s president said his forces had fought North Korean soldiers for the first time, as South Korea reported many of them near the front, including in Russia’s Kursk region.',
    eventIds: ['zelensky-first-battles', 'south-korea-10000-in-russia'],
  },
] as const;
