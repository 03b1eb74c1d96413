/**
 * Types for subset-font (it ships none): the options scripts/postbuild/60-figure-fonts.ts uses,
 * as its README documents them.
 */
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** Do not pull in glyphs reachable only through GSUB substitutions. */
    noLayoutClosure?: boolean;
    /** OpenType feature tags to keep (four characters each); the others are dropped. */
    keepFeatures?: string[];
    noHinting?: boolean;
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
