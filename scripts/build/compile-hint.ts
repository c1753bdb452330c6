// V8's explicit compile hint: a script that starts with this comment has all its functions compiled while it is
// streamed, on a background thread, instead of each one on the main thread the first time it is called.
// https://v8.dev/blog/explicit-compile-hints
export const compileHint = '//# allFunctionsCalledOnLoad';

/** The script with the hint as its first line; a script that has it already is returned as it is. */
export function withCompileHint(source: string): string {
  return source.startsWith(compileHint) ? source : `${compileHint}\n${source}`;
}
