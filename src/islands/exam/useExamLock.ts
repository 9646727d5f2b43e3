/**
 * While a sitting is open the page is an exam room: the site's navigation, search and other links
 * out are hidden and inert (html.exam-lock, styled in assess.css), and leaving the page asks first.
 * Everything comes back when the sitting is handed in (the paper unmounts).
 */
import { useEffect } from 'preact/hooks';

/** What leads away from the exam: the brand, search, navigation, crumbs and footer links. */
// 应急 is not among them: a real emergency outranks an exam (leaving the page still asks first)
const WAYS_OUT = ['.topbar .brand', '.site-header .search', '.bar-search', '.main-nav', '.crumbs', '.site-footer'];

export function useExamLock() {
  useEffect(() => {
    const html = document.documentElement;
    html.classList.add('exam-lock');
    const made = [...document.querySelectorAll<HTMLElement>(WAYS_OUT.join(','))].filter((el) => !el.inert);
    for (const el of made) el.inert = true;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // older browsers show the prompt only when returnValue is set
      e.returnValue = '';
    };
    addEventListener('beforeunload', warn);
    return () => {
      html.classList.remove('exam-lock');
      for (const el of made) el.inert = false;
      removeEventListener('beforeunload', warn);
    };
  }, []);
}
