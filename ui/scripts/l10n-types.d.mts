/** The generated files (path relative to src/lib/strings → TypeScript) for the English UI .ftl files given. */
export function generate(files: { name: string; text: string }[]): Map<string, string>;
