// Checks a graph file against the schema and the dataset rules (see checkDataset.ts).
//   npm run data:check [-- path/to/file.json]
import { readFileSync } from "node:fs";
import { checkDataset } from "./checkDataset";
import { readSources } from "./build-dataset";

const file = process.argv[2] ?? "data/chengyu-education.json";
const problems = checkDataset(JSON.parse(readFileSync(file, "utf8")), readSources());
for (const p of problems) console.log(p);
console.log(`${file}: ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
