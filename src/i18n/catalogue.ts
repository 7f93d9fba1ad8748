/**
 * A catalogue area: English is the reference; French and German must have exactly its keys
 * (the type checker refuses a missing or extra key) and the same {placeholders} (a test checks).
 */
export type Catalogue<K extends string> = { readonly [P in K]: string };

export function area<const E extends Record<string, string>>(
  en: E,
  fr: Catalogue<keyof E & string>,
  de: Catalogue<keyof E & string>,
) {
  return { en, fr, de };
}
