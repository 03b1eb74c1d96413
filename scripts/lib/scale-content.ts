/**
 * Generated content for the build-time benchmark: the real content copied `factor` times, each copy
 * with its own ids (`<id>-x<n>`) and its references (sources → reports, events → places) pointing at
 * its own copies, so it validates and builds like real content. Copy 0 keeps the real ids, because
 * pages may name a real entry. Pure: files in, files out.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** Folders and files of the content that are one record for the whole site, not entries to multiply. */
export const UNSCALED = ['site.yaml', 'corrections'] as const;

/** Copies the unscaled parts of a real content folder into a generated one, as they are. */
export function copyUnscaled(fromContent: string, toContent: string) {
  for (const name of UNSCALED) cpSync(join(fromContent, name), join(toContent, name), { recursive: true });
}

export interface ContentFile {
  /** Path inside the content folder, e.g. "events/nis-satellite-images.yaml". */
  path: string;
  text: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

const suffix = (id: string, copy: number) => (copy === 0 ? id : `${id}-x${copy}`);

type Side = { estimates?: string[]; events?: string[]; sources?: { report: string }[] };
type Sourced = { sources?: { report: string }[]; places?: string[]; headline?: string; sides?: Side[] };

function relink(data: Sourced, copy: number): Sourced {
  const out = { ...data };
  if (Array.isArray(out.sources)) out.sources = out.sources.map((s) => ({ ...s, report: suffix(s.report, copy) }));
  if (Array.isArray(out.places)) out.places = out.places.map((p) => suffix(p, copy));
  // Conflicts: each side's estimates, events and snippets point at the same copy.
  if (Array.isArray(out.sides))
    out.sides = out.sides.map((side) => ({
      ...side,
      ...(side.estimates ? { estimates: side.estimates.map((id) => suffix(id, copy)) } : {}),
      ...(side.events ? { events: side.events.map((id) => suffix(id, copy)) } : {}),
      ...(side.sources ? { sources: side.sources.map((s) => ({ ...s, report: suffix(s.report, copy) })) } : {}),
    }));
  return out;
}

// Dates stay strings in the copies (the yaml parser gives strings for quoted dates).
const dump = (data: unknown) => stringify(data, { lineWidth: 0 });

export function scaleContent(files: readonly ContentFile[], factor: number): ContentFile[] {
  const out: ContentFile[] = [];
  for (let copy = 0; copy < factor; copy++) {
    for (const { path, text } of files) {
      const [dir, name = ''] = path.split('/');
      const dot = name.lastIndexOf('.');
      const id = name.slice(0, dot);
      const ext = name.slice(dot);
      const target = `${dir}/${suffix(id, copy)}${ext}`;
      if (copy === 0) {
        out.push({ path: target, text });
        continue;
      }
      // Page copy exists once per site (its ids name the real entries of copy 0).
      if (dir === 'copy') continue;
      if (ext === '.mdx' || ext === '.md') {
        const match = FRONT_MATTER.exec(text);
        if (!match) throw new Error(`${path}: no front matter`);
        const data = parse(match[1] ?? '') as Sourced;
        const front = { ...data, headline: `${data.headline ?? ''} (generated copy ${copy})` };
        out.push({ path: target, text: `---\n${dump(front)}---\n${text.slice(match[0].length)}` });
      } else {
        out.push({ path: target, text: dump(relink(parse(text) as Sourced, copy)) });
      }
    }
  }
  return out;
}
