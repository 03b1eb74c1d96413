/**
 * Layout choices for the troop chart, kept apart from the drawing code. The editorial choices
 * (which events are annotated, with what words, and the takeaway) are content:
 * content/copy/troops.yaml, validated with every id it names.
 */
import type { FigureVariant } from '../kit/variants.ts';

export interface AnnotationChoice {
  eventId: string;
  /** Our few words for the chart; the event's own title goes in the tooltip and the list below. */
  label: string;
}

export interface ChartVariant extends FigureVariant {
  /** viewBox width; the SVG scales to its container, so this is roughly the width it is shown at. */
  width: number;
  /** Height of the plot band of the first row (already in Russia, with the planned total). */
  primaryHeight: number;
  /** Height of the plot band of each other row (the secondary, greyed ones). */
  secondaryHeight: number;
  /** Label font size in viewBox units. */
  fontSize: number;
  /** Mark area in square viewBox units. */
  markArea: number;
  /** Widest a direct label may be before the claimant's name wraps. */
  labelMaxWidth: number;
}

/**
 * Three fixed layouts instead of one stretched drawing: each is laid out at close to the size it
 * is shown, so text stays legible and label collision avoidance holds at every width. The
 * phone layout is the tallest for its width (rows need height for labels to sit on their values).
 */
export const TROOP_CHART_VARIANTS: ChartVariant[] = [
  {
    id: 'narrow',
    // 340, not 320: labels are measured at the widest face readers may get (DejaVu Sans's bold
    // digits are a quarter wider than Arial's), and at 320 the NIS's 1,500 found no room.
    width: 340,
    primaryHeight: 200,
    secondaryHeight: 70,
    fontSize: 12.5,
    markArea: 100,
    labelMaxWidth: 105,
    fromContainerWidth: 0,
  },
  {
    id: 'medium',
    width: 640,
    primaryHeight: 190,
    secondaryHeight: 62,
    fontSize: 13,
    markArea: 130,
    labelMaxWidth: 170,
    fromContainerWidth: 520,
  },
  {
    id: 'wide',
    width: 980,
    primaryHeight: 200,
    secondaryHeight: 62,
    fontSize: 13.5,
    markArea: 150,
    labelMaxWidth: 220,
    fromContainerWidth: 820,
  },
];

/** The home page's lead figure: the first row only, at phone width (it scales up to the column). */
export const LEAD_VARIANT: ChartVariant = {
  id: 'narrow',
  width: 340,
  primaryHeight: 160,
  secondaryHeight: 0,
  fontSize: 12.5,
  markArea: 110,
  labelMaxWidth: 120,
  fromContainerWidth: 0,
};

/** The layout the standalone SVG and PNG use. */
export const STANDALONE_VARIANT: ChartVariant = TROOP_CHART_VARIANTS.at(-1)!;

/** Where the build writes the standalone chart (scripts/postbuild/20-chart-images.ts). */
export const TROOP_IMAGE_PATHS = {
  svg: '/images/troop-estimates.svg',
  png: '/images/troop-estimates.png',
} as const;
