// Where a quote stands in its source's text, ignoring white space (quotes drop the print
// layout's line breaks): the range in the text as it is, or null.
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const isSpace = (c: string) => /[\s\u3000]/.test(c);
  const at: number[] = [];
  let squashed = "";
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text[i]!)) continue;
    at.push(i);
    squashed += text[i];
  }
  const q = quote.replace(/[\s\u3000]+/g, "");
  const found = q ? squashed.indexOf(q) : -1;
  if (found < 0) return null;
  return { start: at[found]!, end: at[found + q.length - 1]! + 1 };
}
