// Pre-compresses what esbuild wrote (gzip, beside each file), so that the server sends the smaller file
// without compressing on every request (spring.web.resources.chain.compressed picks it by the browser's
// Accept-Encoding). Only esbuild's own outputs, as its metafiles list them: a static file copied later by Maven would
// otherwise keep a compressed copy of its previous version. Node's own zlib; run by the build after esbuild.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

for (const metafile of ['../../../target/frontend-patient.json', '../../../target/frontend-kpi.json']) {
  const { outputs } = JSON.parse(readFileSync(metafile, 'utf8'));
  for (const [file, { bytes }] of Object.entries(outputs)) {
    if (bytes < 1024) {
      continue;
    }
    const content = readFileSync(file);
    writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  }
}
