import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long a screen may take to show its heading (its code and data arriving) after a link. */
const WAIT_FOR_HEADING_MS = 10_000;

/**
 * After a navigation inside the app, gives the focus to the new screen's heading, so a screen
 * reader says where the learner is (the browser announces nothing when only the page's content
 * changes, and the link that was followed is either gone, leaving the focus on the page's body,
 * or still in the header) and the next Tab starts on that screen. A screen that places the
 * focus itself (the study card, a quiz question) keeps it. The first page is left alone: the
 * browser announces a page it loads.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const firstPage = useRef(true);
  useEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    const main = document.querySelector('main');
    if (main === null) return;
    const focusHeading = (): boolean => {
      const focused = document.activeElement;
      if (focused !== null && focused !== main && main.contains(focused)) return true;
      const heading = main.querySelector('h1');
      if (heading === null) return false;
      heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    const observer = new MutationObserver(() => {
      if (focusHeading()) stop();
    });
    // After the new screen's own effects, which may have placed the focus.
    const first = window.setTimeout(() => {
      if (!focusHeading()) observer.observe(main, { childList: true, subtree: true });
    }, 0);
    const giveUp = window.setTimeout(() => {
      observer.disconnect();
    }, WAIT_FOR_HEADING_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(first);
      window.clearTimeout(giveUp);
    }
    return stop;
  }, [pathname]);
  return null;
}
