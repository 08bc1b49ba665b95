// A quote as a link to its source in the reader pane: the href is the address of the view
// with the reader open (so it can be opened in a new tab or copied); a click opens it here.
import { createContext } from "react";
import type { Evidence } from "../../model/schema";

export interface QuoteReader {
  href(evidence: Evidence): string;
  open(evidence: Evidence): void;
}

export const ReaderContext = createContext<QuoteReader | null>(null);

export function QuoteLink({ evidence, reader, label }: { evidence: Evidence; reader: QuoteReader; label: string }) {
  return (
    <a
      className="quote__link"
      href={reader.href(evidence)}
      title={label}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        reader.open(evidence);
      }}
    >
      {evidence.quote}
    </a>
  );
}
