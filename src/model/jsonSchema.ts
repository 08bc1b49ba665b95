// The JSON Schema text generated from the zod schema, as published at schema/graph.schema.json.
import * as z from "zod/mini";
import { GraphFileSchema } from "./schema";

export function renderJsonSchema(): string {
  const schema = z.toJSONSchema(GraphFileSchema, { target: "draft-2020-12", unrepresentable: "any", io: "input" });
  const doc = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Chengyu EduNet graph file, version 1",
    ...schema,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
