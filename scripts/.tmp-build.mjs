import { rolldown } from 'rolldown';
const b = await rolldown({ input: process.argv[2], platform: 'node', logLevel: 'silent' });
await b.write({ file: process.argv[3], format: 'esm' });
