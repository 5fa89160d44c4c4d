// restore-table-from-backup is exercised with the rest of the backup lifecycle, in one scenario: see create-backup.test.ts.
import './create-backup.test.js';
