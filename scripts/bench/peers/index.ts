/**
 * The peer pages of the benchmark (issue 16): the same content drawn with the tools a newsroom
 * would use instead of build-time SVG, each in its own folder of one temporary directory with the
 * library copied in (served from there, never from a CDN), paired with the page of ours it stands
 * in for.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeChartJsPeer } from './chartjs.ts';
import { peerData } from './data.ts';
import { writeLeafletPeer } from './leaflet.ts';
import { writeTimelineJsPeer } from './timelinejs.ts';

export interface PeerPage {
  /** The tool, as the report names it. */
  tool: string;
  /** Its path on the peer server. */
  path: string;
  /** The page of ours drawing the same data. */
  ours: string;
}

const PEERS = [
  { tool: 'TimelineJS 3.9', folder: 'timelinejs', ours: '/timeline/', write: writeTimelineJsPeer },
  { tool: 'Chart.js 4', folder: 'chartjs', ours: '/troops/', write: writeChartJsPeer },
  { tool: 'Leaflet 1.9', folder: 'leaflet', ours: '/map/', write: writeLeafletPeer },
] as const;

/** Writes every peer page under `outDir` from the project's content at `root`. */
export function writePeerPages(root: string, outDir: string): PeerPage[] {
  const data = peerData(root);
  return PEERS.map(({ tool, folder, ours, write }) => {
    const dir = join(outDir, folder);
    mkdirSync(dir, { recursive: true });
    write(root, dir, data);
    return { tool, path: `/${folder}/`, ours };
  });
}
