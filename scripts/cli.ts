// What the command-line scripts share: a way to stop with a message on stderr, named after the
// command, with its usage when it has one, and a non-zero exit.

/**
 * Stops the command. Callers declare it with this type (`const fail: Fail = …`): TypeScript
 * narrows after a call that never returns only through an explicitly typed name.
 */
export type Fail = (message: string) => never;

/** The `fail` of a command: writes "command: message" (and the usage) to stderr and exits with `exitCode`. */
export function failureFor(command: string, exitCode: number, usage?: string): Fail {
  return (message) => {
    process.stderr.write(`${command}: ${message}\n${usage ? `${usage}\n` : ""}`);
    process.exit(exitCode);
  };
}
