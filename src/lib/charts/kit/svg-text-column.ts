/**
 * A column of wrapped SVG text lines written top to bottom, for the standalone figure images
 * (troop chart, map): title, caption and footer blocks flow down a shared `y` that the figure
 * between them also advances.
 */
import { escapeXml, fmt as n } from '../../svg/markup.ts';
import { LINE_HEIGHT, wrapText, type ChartFontWeight, type MeasureText } from './text.ts';

export class SvgTextColumn {
  /** Markup written so far, in order. */
  readonly out: string[] = [];
  /** The baseline region's current bottom; callers add gaps and figure heights to it. */
  y: number;
  private readonly x: number;
  private readonly width: number;
  private readonly measure: MeasureText;

  constructor(x: number, y: number, width: number, measure: MeasureText) {
    this.x = x;
    this.y = y;
    this.width = width;
    this.measure = measure;
  }

  /** `content` wrapped to the column's width, one <text> per line. */
  block(content: string, size: number, weight: ChartFontWeight, className: string) {
    for (const line of wrapText(content, this.width, { size, weight }, this.measure)) {
      this.y += size * LINE_HEIGHT;
      this.out.push(
        `<text class="${className}" x="${this.x}" y="${n(this.y - size * 0.25)}" font-size="${size}" font-weight="${weight}">${escapeXml(line)}</text>`,
      );
    }
  }
}
