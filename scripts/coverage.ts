// Writes docs/coverage.md: for each service Kumo serves, which of the AWS model's operations
// are implemented; operations not in a service's map answer 501.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/model/model-files.js';
import { coverageReport } from '../src/services/coverage-report.js';

const out = join(projectRoot(), 'docs', 'coverage.md');
writeFileSync(out, coverageReport());
console.log(`wrote ${out}`);
