/**
 * Steps that need the finished site (run by scripts/build.ts on the staging folder, before it
 * becomes dist/). Each step is a module in scripts/postbuild/ exporting `run(outDir)`; they run
 * in file-name order, so a step's number says what it may rely on.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: postbuild.ts <outDir>');

const stepsDir = join(import.meta.dirname, 'postbuild');
const steps = existsSync(stepsDir)
  ? readdirSync(stepsDir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
  : [];
for (const file of steps) {
  const step = (await import(pathToFileURL(join(stepsDir, file)).href)) as {
    run: (dir: string) => Promise<void> | void;
  };
  await step.run(outDir);
  console.log(`postbuild: ${file} done`);
}
