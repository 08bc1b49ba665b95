// The path pane: two nodes (by name, from a list), the options (all shortest paths,
// relation types to leave out) and the path as an ordered list named "Path", one item per
// node, each hop with its relation type, direction and quotes.
import { useId, useMemo, useState } from "react";
import { useTranslation } from "../../i18n/useTranslation";
import { nodeName, relationTypeLabel } from "../../model/labels";
import { RELATION_TYPES } from "../../model/vocabulary";
import { JobProgress } from "./Progress";
import { PathList } from "./PathList";
import type { AnalysisPaneProps } from "./types";

/** The node a typed name means: its id, or its name in either language. */
function findNode(model: AnalysisPaneProps["model"], text: string): string | null {
  const q = text.trim();
  if (!q) return null;
  if (model.indexOf.has(q)) return q;
  const hit = model.nodes.find((n) => n.name.zh === q || n.name.en === q || n.aliases?.includes(q));
  return hit ? hit.id : null;
}

const MAX_SUGGESTIONS = 40;

function suggest(names: readonly string[], typed: readonly string[]): string[] {
  const out = new Set<string>();
  const queries = typed.map((q) => q.trim().toLowerCase());
  for (const name of names) {
    const lower = name.toLowerCase();
    if (queries.some((q) => (q ? lower.includes(q) : out.size < MAX_SUGGESTIONS / 2))) out.add(name);
    if (out.size >= MAX_SUGGESTIONS) break;
  }
  return [...out];
}

export function PathPane(props: AnalysisPaneProps) {
  const { model, lang, path, pathOptions, actions } = props;
  const { t } = useTranslation();
  const listId = useId();
  const nameOf = (id: string | null | undefined) => {
    const i = id ? model.indexOf.get(id) : undefined;
    return i === undefined ? (id ?? "") : nodeName(model.nodes[i]!, lang);
  };
  const [from, setFrom] = useState(() => nameOf(path?.from ?? props.selected));
  const [to, setTo] = useState(() => nameOf(path?.to));
  const [unknown, setUnknown] = useState<string | null>(null);
  const names = useMemo(() => model.nodes.map((n) => nodeName(n, lang)), [model, lang]);
  // the suggestions: names containing what is typed in either field, a few at a time (a large graph has too many for one list)
  const suggestions = useMemo(() => suggest(names, [from, to]), [names, from, to]);
  const relations = useMemo(() => RELATION_TYPES.filter((type) => model.edges.some((e) => e.type === type)), [model]);

  const submit = () => {
    const a = findNode(model, from), b = findNode(model, to);
    setUnknown(a ? (b ? null : to) : from);
    if (a && b) actions.setPath({ from: a, to: b });
  };
  const toggleSkip = (type: string) =>
    actions.setPathOptions({ ...pathOptions, skip: pathOptions.skip.includes(type) ? pathOptions.skip.filter((s) => s !== type) : [...pathOptions.skip, type] });

  return (
    <div className="path-pane">
      <form
        className="path-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label>
          {t("analysis.pathFrom")}
          <input list={listId} value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t("analysis.pathToField")}
          <input list={listId} value={to} onChange={(e) => setTo(e.target.value)} autoFocus={!to && Boolean(from)} />
        </label>
        <datalist id={listId}>
          {suggestions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <div className="path-form__buttons">
          <button type="submit" className="btn">
            {t("analysis.pathShow")}
          </button>
          {path && (
            <button type="button" className="btn" onClick={() => actions.setPath(null)}>
              {t("analysis.pathClear")}
            </button>
          )}
        </div>
      </form>
      <label className="check">
        <input type="checkbox" checked={pathOptions.all} onChange={() => actions.setPathOptions({ ...pathOptions, all: !pathOptions.all })} />
        {t("analysis.pathAll")}
      </label>
      <details className="path-skip" open={pathOptions.skip.length > 0}>
        <summary>{t("analysis.pathSkip")}</summary>
        {relations.map((type) => (
          <label key={type} className="check">
            <input type="checkbox" checked={pathOptions.skip.includes(type)} onChange={() => toggleSkip(type)} />
            {relationTypeLabel(type, lang)}
          </label>
        ))}
      </details>
      {unknown !== null && <p role="alert">{t("analysis.pathUnknown", { name: unknown })}</p>}
      <PathResultView {...props} />
    </div>
  );
}

function PathResultView(props: AnalysisPaneProps) {
  const { path, results, pathOptions } = props;
  const { t } = useTranslation();
  const job = results.path;
  if (!path) return <p className="muted">{t("analysis.pathPick")}</p>;
  if (job.from < 0 || job.to < 0) return <p role="alert">{t("analysis.pathUnknown", { name: job.from < 0 ? path.from : path.to })}</p>;
  if (job.status !== "done" || !job.result) return <JobProgress job={job} />;
  const { paths, count } = job.result;
  if (!paths.length) {
    return <p role="status">{t("analysis.pathNone", { skipping: pathOptions.skip.length ? t("analysis.pathNoneSkipping") : "" })}</p>;
  }
  return (
    <>
      <p role="status" className="muted">
        {t("analysis.pathCount", { count, steps: paths[0]!.length - 1, shown: paths.length })}
      </p>
      <PathList {...props} nodes={paths[0]!} label={t("analysis.pathList")} />
      {paths.slice(1).map((p, n) => (
        <details key={n} className="path-alternative">
          <summary>{t("analysis.pathAlternative", { n: n + 2 })}</summary>
          <PathList {...props} nodes={p} label={t("analysis.pathAlternative", { n: n + 2 })} />
        </details>
      ))}
    </>
  );
}
