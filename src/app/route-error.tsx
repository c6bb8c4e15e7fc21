import { useRouteError } from 'react-router';
import { ErrorFallback } from './error-fallback.tsx';

/** The router's error element: a screen that threw while rendering or loading. */
export function RouteError() {
  const error = useRouteError();
  return <ErrorFallback error={error} />;
}
