// `npm run wasm`: writes src/core/wasmBytes.ts from src/core/wasm/stages.wat.
import { writeFileSync } from 'node:fs';
import { assembleStages, bytesModule, BYTES_PATH } from './assembleWasm';

const bytes = await assembleStages();
writeFileSync(BYTES_PATH, bytesModule(bytes));
console.log(`src/core/wasmBytes.ts: ${bytes.length} bytes`);
