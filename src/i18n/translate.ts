// Turns a key like "files.warnings" into the active language's text: looks the dotted key
// up, prefers the plural form key_one / key_other that the language's rules pick for a
// numeric `count`, and fills {{name}} placeholders. A missing key comes back as itself,
// a placeholder without a value stays as written. Values are plain text: React escapes them.
// The keys are typed (types.ts): an unknown key, or a plural message without its count,
// fails the typecheck.
import type { MessageKey, PluralKey } from "./types";

export type TranslateValues = Record<string, unknown>;
type ValuesFor<K extends MessageKey> = K extends PluralKey ? [values: TranslateValues & { count: number }] : [values?: TranslateValues];
export type TFunction = <K extends MessageKey>(key: K, ...values: ValuesFor<K>) => string;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function lookup(messages: object, key: string): string | undefined {
  let at: unknown = messages;
  for (const part of key.split(".")) {
    if (at === null || typeof at !== "object" || !Object.prototype.hasOwnProperty.call(at, part)) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return typeof at === "string" ? at : undefined;
}

export function createTranslator(lang: string, messages: object): TFunction {
  const plurals = new Intl.PluralRules(lang);
  const translate = (key: string, values?: TranslateValues): string => {
    const count = values?.count;
    const text =
      (typeof count === "number" ? (lookup(messages, `${key}_${plurals.select(count)}`) ?? lookup(messages, `${key}_other`)) : undefined) ??
      lookup(messages, key);
    if (text === undefined) return key;
    if (!values) return text;
    return text.replace(PLACEHOLDER, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(values, name) && values[name] !== undefined ? String(values[name]) : whole,
    );
  };
  return translate as TFunction;
}
