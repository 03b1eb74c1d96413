/**
 * Filling a message template: `{name}` placeholders and plural forms. No dictionary here, so a
 * client script may import it without shipping the site's strings.
 */
export type MessageVars = Readonly<Record<string, string | number>>;

/** The plural suffixes a dictionary key may carry ("timeline.eventCount.one"), as Intl.PluralRules names them. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * Replaces each `{name}` with its value. A placeholder with no value is a bug in the caller or
 * the dictionary, so it throws rather than print a brace to a reader. Numbers are printed as
 * given (pass counts through formatCount first if they may reach four digits).
 */
export function fillMessage(template: string, vars: MessageVars = {}, key = template): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`message "${key}" needs a value for {${name}}`);
    return String(value);
  });
}
