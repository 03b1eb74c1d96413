export * from './common.ts';
export * from './report.ts';
export * from './event.ts';
export * from './estimate.ts';
export * from './place.ts';
export * from './correction.ts';
export * from './conflict.ts';
export * from './copy.ts';
