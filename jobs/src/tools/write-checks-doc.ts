import { writeFileSync } from 'node:fs';
import { CHECKS } from '../checks/registry.js';
import { CHECKS_DOC_PATH, renderChecksDoc } from './checks-doc.js';

/** `npm run docs`: regenerates docs/checks.md from the check registry. */
writeFileSync(CHECKS_DOC_PATH, renderChecksDoc(CHECKS));
console.log(`wrote ${CHECKS_DOC_PATH} (${CHECKS.length} checks)`);
