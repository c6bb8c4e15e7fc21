import { useEffect, useState } from 'react';

const DARK = '(prefers-color-scheme: dark)';

/**
 * A number that changes when the colour scheme does, so canvas charts (which bake colours in
 * when drawn) are drawn again in the new theme's colours.
 */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(DARK);
    const onChange = () => {
      setVersion((current) => current + 1);
    };
    query.addEventListener('change', onChange);
    return () => {
      query.removeEventListener('change', onChange);
    };
  }, []);
  return version;
}
