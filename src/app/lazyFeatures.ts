// The parts of the interface the first picture does not need, each a chunk of its own that
// loads the first time it is shown: the search field and its index, the file menu, the
// detail panel, the table, the Embed dialog, the story player and editor, the
// timeline, and the load alerts and notices (not the load's progress, shown from the start
// of the first load).
import { lazy } from "react";

export const SearchBox = lazy(() => import("../features/search/SearchBox").then((m) => ({ default: m.SearchBox })));
export const FileMenu = lazy(() => import("../features/file-io/FileMenu").then((m) => ({ default: m.FileMenu })));
export const DetailPanel = lazy(() => import("../features/detail-panel/DetailPanel").then((m) => ({ default: m.DetailPanel })));
export const TableView = lazy(() => import("../features/table/TableView").then((m) => ({ default: m.TableView })));
export const StoryPlayer = lazy(() => import("../features/stories/StoryPlayer").then((m) => ({ default: m.StoryPlayer })));
export const LoadAlert = lazy(() => import("../features/load-status/LoadAlert").then((m) => ({ default: m.LoadAlert })));
export const LoadWarnings = lazy(() => import("../features/load-status/LoadNotices").then((m) => ({ default: m.LoadWarnings })));
export const EmbedDialog = lazy(() => import("../features/embed-dialog/EmbedDialog").then((m) => ({ default: m.EmbedDialog })));
export const StoryEditor = lazy(() => import("../features/story-editor/StoryEditor").then((m) => ({ default: m.StoryEditor })));
export const Timeline = lazy(() => import("../features/timeline/Timeline").then((m) => ({ default: m.Timeline })));
export const AnalysisPane = lazy(() => import("../features/analysis/AnalysisPane").then((m) => ({ default: m.AnalysisPane })));
export const AnalysisController = lazy(() => import("./useAnalysisView").then((m) => ({ default: m.AnalysisController })));
export const SourceReader = lazy(() => import("../features/source-reader/SourceReader").then((m) => ({ default: m.SourceReader })));
