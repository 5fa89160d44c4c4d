/**
 * Lists in headers are comma-separated. Items that contain a comma or a quote travel quoted
 * (`"b,c", "\"def\"", a`); HTTP dates contain a comma themselves, so a list of them is
 * split and the day name put back with its date.
 */
export function splitHeaderList(value: string, httpDates = false): string[] {
  if (value.trim() === '') return [];
  const items: string[] = [];
  let i = 0;
  while (i <= value.length) {
    while (i < value.length && (value[i] === ' ' || value[i] === '\t')) i++;
    if (value[i] === '"') {
      let item = '';
      i++;
      while (i < value.length && value[i] !== '"') {
        if (value[i] === '\\' && i + 1 < value.length) i++;
        item += value[i];
        i++;
      }
      items.push(item);
      const comma = value.indexOf(',', i);
      i = comma === -1 ? value.length + 1 : comma + 1;
    } else {
      const comma = value.indexOf(',', i);
      const end = comma === -1 ? value.length : comma;
      items.push(value.slice(i, end).trim());
      i = end + 1;
    }
  }
  if (!httpDates) return items;
  const dates: string[] = [];
  for (let k = 0; k < items.length; k++) {
    if (/^[A-Za-z]{3}$/.test(items[k]!) && k + 1 < items.length) {
      dates.push(`${items[k]}, ${items[k + 1]}`);
      k++;
    } else {
      dates.push(items[k]!);
    }
  }
  return dates;
}

/** Joins list items for a header, quoting those that would not survive a split. */
export function joinHeaderList(items: readonly string[], httpDates = false): string {
  return items
    .map((item) => (!httpDates && /[",]/.test(item) ? `"${item.replace(/(["\\])/g, '\\$1')}"` : item))
    .join(', ');
}
