/**
 * Pasted texts of this page session, by lookup id. The history entry of a lookup carries only its id
 * (history.state), never the text: the text stays in this tab's memory, and a 5 MB paste never hits the
 * browser's limits on history state. After a reload the ids are unknown and the page falls back to the
 * link's ?q= (the codes).
 */
const MAX_ENTRIES = 20;
// Ids from an earlier page load (still in history.state after a reload) must not match this load's ids.
const SESSION = Math.random().toString(36).slice(2, 10);
const entries = new Map<string, string>();
let counter = 0;

export function rememberInput(text: string): string {
  counter += 1;
  const id = `${SESSION}-${counter}`;
  entries.set(id, text);
  // Oldest first (Map keeps insertion order): forget the oldest pastes, they can be megabytes each.
  for (const key of entries.keys()) {
    if (entries.size <= MAX_ENTRIES) break;
    entries.delete(key);
  }
  return id;
}

export function recallInput(id: string): string | undefined {
  return entries.get(id);
}

const STATE_KEY = 'smtpLookup';

/** The history state of a lookup's URL. */
export function lookupState(id: string): Record<string, string> {
  return { [STATE_KEY]: id };
}

/** The lookup id in a location's state, if the state is one of ours. */
export function lookupIdFromState(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !(STATE_KEY in state)) return null;
  const id = state[STATE_KEY];
  return typeof id === 'string' ? id : null;
}
