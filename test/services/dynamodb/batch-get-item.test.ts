// BatchGetItem is exercised with BatchWriteItem in batch-write-item.test.ts.
import './batch-write-item.test.js';
