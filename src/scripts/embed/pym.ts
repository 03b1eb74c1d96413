/**
 * The pym.js wire format (github.com/nprapps/pym.js, v1), so a newsroom that already runs pym's
 * Parent can host our embeds without our script. pym gives the frame its id in the URL
 * (?childId=…) and messages are strings "pymxPYMx<id>xPYMx<type>xPYMx<value>". We send "height"
 * and accept only "width" (pym's "tell me your height for this width"), and only from our parent.
 */
const SEP = 'xPYMx';

/** The child id pym put in our URL, if it is one pym could have made (an element id: no separator, no control characters). */
export function pymChildId(search: string): string | undefined {
  const id = new URLSearchParams(search).get('childId');
  // eslint-disable-next-line no-control-regex -- a child id with control characters is refused
  if (!id || id.length > 200 || id.includes(SEP) || /[\s\u0000-\u001f]/.test(id)) return undefined;
  return id;
}

export const pymMessage = (childId: string, type: 'height', value: number) =>
  `pym${SEP}${childId}${SEP}${type}${SEP}${value}`;

/** True for exactly pym's "width" message to this child: "pymxPYMx<id>xPYMxwidthxPYMx<positive number>". */
export function isPymWidth(data: unknown, childId: string): boolean {
  if (typeof data !== 'string') return false;
  const parts = data.split(SEP);
  return (
    parts.length === 4 &&
    parts[0] === 'pym' &&
    parts[1] === childId &&
    parts[2] === 'width' &&
    /^\d{1,5}(\.\d+)?$/.test(parts[3]!) &&
    Number(parts[3]) > 0
  );
}
