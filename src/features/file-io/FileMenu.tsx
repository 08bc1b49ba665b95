// Open a graph from a file (the picker; dropping a file is useFileDrop) and export the view:
// PNG at 1×, 2× and 4×, SVG, the data as shown in our JSON, GEXF, GraphML or CSV, and an
// offline copy (one HTML file with the app and the whole graph).
import { useEffect, useId, useRef, useState } from "react";
import type { TranslateValues } from "../../i18n/translate";
import type { MessageKey } from "../../i18n/types";
import { useTranslation } from "../../i18n/useTranslation";
import type { DataFormat } from "./exportData";

const ACCEPT = ".json,.gexf,.graphml,.xml,.csv,.tsv,.txt,application/json,text/csv,application/xml";

export type ExportChoice =
  | { kind: "image"; format: "png"; scale: 1 | 2 | 4 }
  | { kind: "image"; format: "svg" }
  | { kind: "data"; format: DataFormat }
  | { kind: "offline" }
  /** not a file: the dialog that writes the snippet to embed the view in a page */
  | { kind: "embed" };

export interface FileMenuProps {
  /** one graph file, or two CSV files (an edge table and a node table) */
  onOpen(file: File, second?: File): void;
  onExport(choice: ExportChoice): Promise<void>;
  canExport: boolean;
}

const CHOICES: { key: string; choice: ExportChoice; label: [MessageKey, TranslateValues?] }[] = [
  { key: "png1", choice: { kind: "image", format: "png", scale: 1 }, label: ["files.png", { scale: 1 }] },
  { key: "png2", choice: { kind: "image", format: "png", scale: 2 }, label: ["files.png", { scale: 2 }] },
  { key: "png4", choice: { kind: "image", format: "png", scale: 4 }, label: ["files.png", { scale: 4 }] },
  { key: "svg", choice: { kind: "image", format: "svg" }, label: ["files.svg"] },
  { key: "json", choice: { kind: "data", format: "json" }, label: ["files.json"] },
  { key: "gexf", choice: { kind: "data", format: "gexf" }, label: ["files.gexf"] },
  { key: "graphml", choice: { kind: "data", format: "graphml" }, label: ["files.graphml"] },
  { key: "csv", choice: { kind: "data", format: "csv" }, label: ["files.csv"] },
  { key: "offline", choice: { kind: "offline" }, label: ["offline.copy"] },
  { key: "embed", choice: { kind: "embed" }, label: ["embed.open"] },
];

export function FileMenu({ onOpen, onExport, canExport }: FileMenuProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const menuId = useId();
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>("button")?.focus();
    const close = (e: MouseEvent) => {
      if (!(e.target as Element | null)?.closest?.(".file-menu")) setOpen(false);
    };
    window.addEventListener("mousedown", close);
    return () => window.removeEventListener("mousedown", close);
  }, [open]);

  return (
    <div className="file-menu">
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        multiple
        hidden
        onChange={(e) => {
          const files = e.target.files;
          if (files?.[0]) onOpen(files[0], files[1]);
          e.target.value = "";
        }}
        aria-label={t("files.openLabel")}
      />
      <button type="button" className="lang-toggle" onClick={() => input.current?.click()} title={t("files.openLabel")}>
        {t("files.open")}
      </button>
      <button
        type="button"
        className="lang-toggle"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        disabled={!canExport || busy}
        title={t("files.exportLabel")}
        onClick={() => setOpen((o) => !o)}
      >
        {busy ? t("files.exporting") : t("files.export")}
      </button>
      {open && (
        <ul
          id={menuId}
          ref={menuRef}
          role="menu"
          aria-label={t("files.exportLabel")}
          className="file-menu__list"
          onKeyDown={(e) => {
            const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>("button") ?? [])];
            const at = items.indexOf(document.activeElement as HTMLButtonElement);
            if (e.key === "Escape") {
              e.stopPropagation();
              setOpen(false);
            } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              e.preventDefault();
              items[(at + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length]?.focus();
            }
          }}
        >
          {CHOICES.map(({ key, choice, label }) => (
            <li key={key} role="none">
              <button
                type="button"
                role="menuitem"
                onClick={async () => {
                  setOpen(false);
                  setBusy(true);
                  try {
                    await onExport(choice);
                  } finally {
                    setBusy(false);
                  }
                }}
              >
                {t(label[0], label[1])}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
