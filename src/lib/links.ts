/** "handbook/cleaning/x#a" → "/handbook/cleaning/x/#a": a page id (+ anchor) as a link. */
export function hrefOf(ref: string): string {
  const [page, anchor] = ref.split('#');
  return `/${page}/` + (anchor ? `#${encodeURIComponent(anchor)}` : '');
}
