import type { Path } from './ast.js';
import { ExpressionParser, type ExpressionScope } from './expression-parser.js';
import { checkOverlaps } from './parse-update.js';

/** ProjectionExpression: path (, path)*, no two overlapping. */
export function parseProjection(source: string, scope: ExpressionScope): Path[] {
  const p = new ExpressionParser(source, 'ProjectionExpression', scope);
  const paths: Path[] = [p.parsePath()];
  while (p.isPunct(',')) {
    p.next();
    paths.push(p.parsePath());
  }
  p.expectEnd();
  checkOverlaps(p, paths);
  return paths;
}
