// Writes public/schema/graph.schema.json from the zod schema (the one definition of the
// format). A unit test fails when the committed file differs from what this would write.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderJsonSchema } from "../src/model/jsonSchema";

const out = fileURLToPath(new URL("../public/schema/graph.schema.json", import.meta.url));
writeFileSync(out, renderJsonSchema());
console.log(`wrote ${out}`);
