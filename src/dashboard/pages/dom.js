// Building the pages' DOM without innerHTML: every text the API gives lands in a text node, so nothing
// a repository or a user wrote can become markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An HTML element: attributes (on* names become listeners, false/null/undefined are left out), then children. */
export function el(tag, attrs = {}, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** An SVG element, built the same way. */
export function svgEl(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Replaces the node's children. */
export function show(node, ...children) {
  node.replaceChildren(...flat(children));
}

function fill(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...flat(children));
  return node;
}

// Strings and numbers become text; arrays are spread; null and false are skipped.
function flat(children) {
  const out = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) out.push(...flat(child));
    else out.push(typeof child === 'object' ? child : String(child));
  }
  return out;
}
