/**
 * Turning HTML that we did not write into plain text, and HTML that we did write into inert DOM.
 * Both go through DOMParser, whose documents never run scripts or load images, so even a hostile
 * string is only ever data here.
 */

/**
 * abcjs' warnings are HTML: the line text is escaped but the offending character is not, and the
 * ABC is the user's. Parse inertly and keep only the text.
 */
export function htmlToText(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  // abcjs underlines the offending character with a <span>; brackets keep it visible as text.
  parsed.body.querySelectorAll('span').forEach((span) => {
    span.textContent = `⟦${span.textContent ?? ''}⟧`;
  });
  return (parsed.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const FORBIDDEN_ELEMENTS = 'script, iframe, object, embed, link, meta, base, form, frame, frameset, noscript, template';
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'srcset', 'poster', 'background']);

/**
 * The report is made by our own code, and the CSP would block scripts anyway; this is the second
 * lock: no script-bearing element, no event-handler attribute, no URL that leaves the document.
 */
export function sanitiseReport(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  parsed.querySelectorAll(FORBIDDEN_ELEMENTS).forEach((element) => element.remove());
  parsed.body.querySelectorAll('*').forEach((element) => {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const isHandler = name.startsWith('on');
      const isOutboundUrl = URL_ATTRIBUTES.has(name) && !attribute.value.trim().startsWith('#');
      if (isHandler || isOutboundUrl) element.removeAttribute(attribute.name);
    }
  });
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) fragment.appendChild(document.importNode(node, true));
  return fragment;
}
