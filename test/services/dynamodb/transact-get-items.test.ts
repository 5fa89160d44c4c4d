// TransactGetItems is exercised with TransactWriteItems in transact-write-items.test.ts.
import './transact-write-items.test.js';
