import { randomInt } from 'node:crypto';
import { invalidParameter, validation } from '../errors.js';

export interface GetRandomPasswordInput {
  PasswordLength?: number;
  ExcludeCharacters?: string;
  ExcludeNumbers?: boolean;
  ExcludePunctuation?: boolean;
  ExcludeUppercase?: boolean;
  ExcludeLowercase?: boolean;
  IncludeSpace?: boolean;
  RequireEachIncludedType?: boolean;
}

const PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** AWS's character classes; with RequireEachIncludedType every remaining class appears at least once. */
export function getRandomPassword(input: GetRandomPasswordInput) {
  const length = input.PasswordLength ?? 32;
  if (length < 1 || length > 4096) throw validation(length, 'passwordLength', 'Member must have value between 1 and 4096');
  const excluded = new Set(input.ExcludeCharacters ?? '');
  const keep = (chars: string) => [...chars].filter((c) => !excluded.has(c)).join('');
  const classes = [
    input.ExcludeLowercase ? '' : keep('abcdefghijklmnopqrstuvwxyz'),
    input.ExcludeUppercase ? '' : keep('ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    input.ExcludeNumbers ? '' : keep('0123456789'),
    input.ExcludePunctuation ? '' : keep(PUNCTUATION),
    input.IncludeSpace ? keep(' ') : '',
  ].filter((c) => c.length > 0);
  const all = classes.join('');
  if (all.length === 0) throw invalidParameter('The password cannot be generated: every character type is excluded.');
  const requireEach = input.RequireEachIncludedType ?? true;
  if (requireEach && length < classes.length) throw invalidParameter('The password length is too short to include each included character type.');
  const chars = Array.from({ length }, () => all[randomInt(all.length)]);
  if (requireEach) {
    // Put one of each class at distinct random positions.
    const positions = new Set<number>();
    while (positions.size < classes.length) positions.add(randomInt(length));
    [...positions].forEach((pos, i) => (chars[pos] = classes[i][randomInt(classes[i].length)]));
  }
  return { RandomPassword: chars.join('') };
}
