/**
 * A catalogue area in one language. English (catalogues/en) is the reference; a French or German
 * area is typed `Catalogue<keyof typeof reference>`, so the type checker refuses a missing or
 * extra key, and a test compares the {placeholders}.
 */
export type Catalogue<K extends string> = { readonly [P in K]: string };
