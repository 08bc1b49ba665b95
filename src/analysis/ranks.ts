// Ranks by a measure: 1 for the highest value; equal values share the better rank.
export function rankOf(values: ArrayLike<number>, index: number): number {
  const v = values[index]!;
  let above = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > v) above++;
  return above + 1;
}

/** Node indices by a measure, highest first, ties by index. */
export function topBy(values: ArrayLike<number>, indices: readonly number[], count: number): number[] {
  return [...indices].sort((a, b) => values[b]! - values[a]! || a - b).slice(0, count);
}
