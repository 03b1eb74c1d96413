/**
 * Steps that need the finished HTML (run by scripts/build.ts on the staging folder, before it
 * becomes dist/). Each step is a module in scripts/postbuild/; they run in order.
 */
const outDir = process.argv[2];
if (!outDir) throw new Error('usage: postbuild.ts <outDir>');

const steps: { name: string; run: (dir: string) => Promise<void> | void }[] = [];

for (const step of steps) {
  await step.run(outDir);
  console.log(`postbuild: ${step.name} done`);
}
