import { useEffect, useRef, useState } from 'react';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import type { Location } from 'react-router';
import { paths, queryParams } from '@/routes';
import { smtpDbQuery } from '../../content/queries';
import type { SmtpDb } from '../../content/schemas/smtp-db';
import { useHydrated } from '../../components/use-hydrated';
import type { Analysis } from '../../engine/smtp/types';
import { lookupIdFromState, lookupState, recallInput, rememberInput } from './input-store';
import { AnalysisFailedError } from '../../components/analyser/run-analyser';
import { runSmtpAnalysis } from '../../components/analyser/smtp-analyser';
import { planShare } from './share-query';

/** Where the text of the lookup on screen comes from: a paste of this session, or the link's ?q=. */
export type LookupSource = { kind: 'entry'; id: string } | { kind: 'query'; q: string };

export interface LookupData {
  input: string;
  analysis: Analysis;
  db: SmtpDb;
}

const NO_SOURCE = ['smtp-lookup', 'none'] as const;

function sourceKey(source: LookupSource | null): readonly string[] {
  if (source === null) return NO_SOURCE;
  return source.kind === 'entry' ? ['smtp-lookup', 'entry', source.id] : ['smtp-lookup', 'query', source.q];
}

function lookupQuery(queryClient: QueryClient, source: LookupSource | null) {
  return queryOptions({
    queryKey: sourceKey(source),
    queryFn: async ({ signal }): Promise<LookupData> => {
      const input = source === null ? undefined : source.kind === 'entry' ? recallInput(source.id) : source.q;
      if (input === undefined) throw new AnalysisFailedError();
      const db = await queryClient.fetchQuery(smtpDbQuery());
      // Reading the signal lets TanStack Query cancel the run (and so terminate the worker) when the
      // reader cancels or leaves the page.
      const analysis = await runSmtpAnalysis(input, db, { signal });
      return { input, analysis, db };
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** The lookup the address names: this session's paste (history state) first, then ?q=. */
function sourceFromLocation(location: Location): LookupSource | null {
  const id = lookupIdFromState(location.state);
  if (id !== null && recallInput(id) !== undefined) return { kind: 'entry', id };
  const q = new URLSearchParams(location.search).get(queryParams.text);
  return q !== null && q.trim() !== '' ? { kind: 'query', q } : null;
}

/** The results' heading at the top of the view, focused (a phone shows the result, not the form above it). */
function showResults(heading: HTMLHeadingElement | null): void {
  if (!heading) return;
  heading.focus({ preventScroll: true });
  heading.scrollIntoView?.({ block: 'start' });
}

export function useLookup() {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The prerendered page had no query string: read ?q= only after hydration so both renders agree.
  const hydrated = useHydrated();
  // `at` is the location object the paste was submitted on: going back to that history entry later
  // yields a new object, so an old submission never takes over the page again.
  const [pending, setPending] = useState<{ id: string; at: Location } | null>(null);
  const [includeFullText, setIncludeFullText] = useState(false);
  const currentLocation = useRef(location);
  const latest = useRef<string | null>(null);
  const focusResults = useRef(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    currentLocation.current = location;
  }, [location]);

  const fromLocation = hydrated ? sourceFromLocation(location) : null;
  const textOfLocation = fromLocation === null ? '' : fromLocation.kind === 'entry' ? (recallInput(fromLocation.id) ?? '') : fromLocation.q;

  // The paste box shows the text of the lookup the address names, and starts over whenever the reader
  // moves to another history entry (back/forward included) or the page learns ?q= at hydration. Adjusted
  // during render, not in an effect, so the box never shows the previous entry's text for a frame.
  // At hydration of an address without a lookup, the box keeps what the reader typed before the app took
  // over (the form adopts it: usePrerenderedForm).
  const [draft, setDraft] = useState(textOfLocation);
  const [draftFor, setDraftFor] = useState({ location, hydrated });
  if (draftFor.location !== location || draftFor.hydrated !== hydrated) {
    const hydrating = draftFor.location === location;
    setDraftFor({ location, hydrated });
    if (!(hydrating && fromLocation === null)) setDraft(textOfLocation);
  }
  // A paste being analysed belongs to the page it was submitted on; once the URL moves on, it is done.
  const source: LookupSource | null = pending !== null && pending.at === location ? { kind: 'entry', id: pending.id } : fromLocation;
  const query = useQuery({ ...lookupQuery(queryClient, source), enabled: source !== null });

  // After a submission, keyboard and screen-reader users land on the results, not on a re-rendered form.
  const succeeded = query.isSuccess;
  // A shared link (/smtp?q=…) opened on a phone: the result is what the link points to, so bring it into
  // view once, as a link to a guide section does, instead of leaving it below the form.
  const openedWithQuery = useRef(true);
  useEffect(() => {
    if (!hydrated || !openedWithQuery.current) return;
    if (fromLocation?.kind !== 'query') {
      openedWithQuery.current = false;
      return;
    }
    if (!succeeded) return;
    openedWithQuery.current = false;
    showResults(resultsHeading.current);
  }, [hydrated, fromLocation?.kind, succeeded]);
  useEffect(() => {
    if (!focusResults.current || !succeeded) return;
    focusResults.current = false;
    showResults(resultsHeading.current);
  }, [succeeded, location.key]);

  /** Analyses a paste, then pushes a URL carrying what the share choice allows (by default the codes). */
  const submit = async (text: string) => {
    const id = rememberInput(text);
    const at = location;
    latest.current = id;
    setPending({ id, at });
    let data: LookupData;
    try {
      data = await queryClient.fetchQuery(lookupQuery(queryClient, { kind: 'entry', id }));
    } catch {
      return; // cancelled, timed out or failed: the query's state says which
    }
    // A newer submission, or the reader went elsewhere meanwhile: leave the URL alone.
    if (latest.current !== id || currentLocation.current !== at) return;
    const plan = planShare(text, data.analysis.results, data.db, includeFullText);
    focusResults.current = true;
    void navigate(paths.smtp.href(plan.query === '' ? undefined : plan.query), { state: lookupState(id) });
  };

  const cancel = () => {
    void queryClient.cancelQueries({ queryKey: sourceKey(source) });
  };

  /** The address bar always shows the link the share box offers. */
  const changeIncludeFullText = (include: boolean) => {
    setIncludeFullText(include);
    const data = query.data;
    if (!data || source === null) return;
    const plan = planShare(data.input, data.analysis.results, data.db, include);
    // The text on screen stays the lookup of this history entry, whatever the new link carries.
    let id: string;
    if (source.kind === 'entry') {
      id = source.id;
    } else {
      id = rememberInput(data.input);
      queryClient.setQueryData(lookupQuery(queryClient, { kind: 'entry', id }).queryKey, data);
    }
    void navigate(paths.smtp.href(plan.query === '' ? undefined : plan.query), { replace: true, state: lookupState(id) });
  };

  return {
    source,
    draft,
    setDraft,
    query,
    submit,
    cancel,
    includeFullText,
    changeIncludeFullText,
    resultsHeading,
  };
}
