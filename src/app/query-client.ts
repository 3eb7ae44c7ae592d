import { QueryClient } from '@tanstack/react-query';
import { isContentError } from '../content/content-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A broken file stays broken on retry; only network failures are worth another try.
        retry: (failureCount, error) => failureCount < 2 && isContentError(error) && error.kind === 'network',
        refetchOnWindowFocus: false,
      },
    },
  });
}
