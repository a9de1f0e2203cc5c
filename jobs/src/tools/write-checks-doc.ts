import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHECKS } from '../checks/registry.js';
import { CHECKS_DOC_PATH, renderChecksDoc } from './checks-doc.js';
import {
  CHECK_PROSE_PATH,
  CHECKS_I18N_PATH,
  renderCheckProse,
  renderChecksI18n,
} from './checks-i18n.js';

/** `npm run docs`: regenerates docs/checks.md and the web's catalogue words from the registry. */
writeFileSync(CHECKS_DOC_PATH, renderChecksDoc(CHECKS));
console.log(`wrote ${CHECKS_DOC_PATH} (${CHECKS.length} checks)`);
mkdirSync(path.dirname(CHECKS_I18N_PATH), { recursive: true });
writeFileSync(CHECKS_I18N_PATH, renderChecksI18n(CHECKS));
writeFileSync(CHECK_PROSE_PATH, renderCheckProse(CHECKS));
console.log(`wrote ${CHECKS_I18N_PATH}`);
console.log(`wrote ${CHECK_PROSE_PATH}`);
