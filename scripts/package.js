// `npm run package`: store-ready zips of both builds in out/packages (run after `npm run build`).
import { mkdir, readFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';

const { version } = JSON.parse(await readFile('package.json', 'utf8'));
await mkdir('out/packages', { recursive: true });
for (const browser of ['chrome', 'firefox']) {
  const filename = `plainsight-${browser}-${version}.zip`;
  await rm(`out/packages/${filename}`, { force: true });
  execFileSync('npx', ['web-ext', 'build', '--source-dir', `dist/${browser}`, '--artifacts-dir', 'out/packages', '--filename', filename, '--overwrite-dest'], { stdio: 'inherit' });
}
console.log('zips in out/packages/');
