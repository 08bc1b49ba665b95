// The shape of the interface messages, derived from the English ones (en.ts): the dotted
// keys t() accepts (a plural message by its base name, "files.warnings" for
// files.warnings_one / files.warnings_other), and the shape every other language's messages
// must have, so a key missing from a language or from the code is a type error.
import type { en } from "./en";

/** the categories of Intl.PluralRules; a key ending in _<category> is one plural form of a message */
type PluralCategory = Intl.LDMLPluralRule;
type OptionalCategory = Exclude<PluralCategory, "other">;

/** messages as they are written: nested groups of strings */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

type StripPlural<K extends string> = K extends `${infer Base}_${PluralCategory}` ? Base : K;
type PluralBase<T> = { [K in keyof T & string]: T[K] extends string ? (K extends `${infer Base}_other` ? Base : never) : never }[keyof T & string];

/**
 * The messages of one language, shaped like T: the same groups and keys; each plural
 * message has its `_other` form and whichever other forms the language's rules use
 * (Chinese: only `_other`; English: `_one` and `_other`).
 */
type MessagesLike<T> = {
  [K in keyof T as K extends `${PluralBase<T>}_${OptionalCategory}` ? never : K]: T[K] extends string ? string : MessagesLike<T[K]>;
} & { [K in `${PluralBase<T>}_${OptionalCategory}`]?: string };

export type Messages = MessagesLike<typeof en>;

type KeyPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? StripPlural<K> : `${K}.${KeyPaths<T[K]>}`;
}[keyof T & string];
type PluralPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? (K extends `${infer Base}_other` ? Base : never) : `${K}.${PluralPaths<T[K]>}`;
}[keyof T & string];

/** every key t() accepts, e.g. "app.title", "files.warnings" */
export type MessageKey = KeyPaths<typeof en>;
/** the keys of plural messages: t() needs a numeric `count` for them */
export type PluralKey = PluralPaths<typeof en>;
