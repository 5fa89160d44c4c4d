// update-continuous-backups is exercised with point-in-time restores, in one scenario: see restore-table-to-point-in-time.test.ts.
import './restore-table-to-point-in-time.test.js';
