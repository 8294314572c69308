/** The languages a candidate may answer in, and the names every surface shows for them (product names, not translated). */
export type Language = 'javascript' | 'typescript' | 'python';

export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { javascript: 'JavaScript', typescript: 'TypeScript', python: 'Python 3' };
