// chrono-node is a devDependency for comparison only (`npm run eval -- --compare`,
// `npm run bench:extract`): both ask it about an article the same way.

/** Noon of the publication day, so that no time zone moves chrono's reference to another day. */
export function chronoReference(published: string): Date {
  return new Date(`${published.slice(0, 10)}T12:00:00`);
}
