// DescribeEndpoints is exercised beside DescribeLimits in describe-limits.test.ts.
import './describe-limits.test.js';
