/**
 * The little XML the MusicXML writer and reader need: building elements as text (escaped, indented) and a
 * tree of elements read with sax (a maintained streaming parser), since MusicXML's meaning lives in the order
 * of its elements (a <backup> moves the time of what follows), which a tree keeps.
 */
import { UserFacingError } from '../../../shared/errors';
import sax from 'sax';

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // XML 1.0 cannot hold these control characters at all, even escaped.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

export type Attributes = Record<string, string | number | undefined>;

/** An element to write: its name, attributes, and children (elements or text). */
export interface XmlElement {
  name: string;
  attributes?: Attributes;
  children?: XmlChild[];
}

export type XmlChild = XmlElement | string | number | undefined | false;

/** A shorthand for building elements: el('pitch', {}, el('step', {}, 'C')). */
export function el(name: string, attributes: Attributes = {}, ...children: XmlChild[]): XmlElement {
  return { name, attributes, children };
}

function attributeText(attributes: Attributes | undefined): string {
  if (!attributes) return '';
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
}

/** The element as text, two spaces of indentation per level; an element holding only text stays on one line. */
export function serialise(element: XmlElement, depth = 0): string {
  const indent = '  '.repeat(depth);
  const children = (element.children ?? []).filter(
    (child): child is XmlElement | string | number => child !== undefined && child !== false,
  );
  const open = `${indent}<${element.name}${attributeText(element.attributes)}`;
  if (children.length === 0) return `${open}/>`;
  if (children.every((child) => typeof child !== 'object')) {
    return `${open}>${children.map((child) => escapeXml(String(child))).join('')}</${element.name}>`;
  }
  const inner = children.map((child) =>
    typeof child === 'object' ? serialise(child, depth + 1) : `${indent}  ${escapeXml(String(child))}`,
  );
  return `${open}>\n${inner.join('\n')}\n${indent}</${element.name}>`;
}

/** An element as read: name, attributes, element children in document order, and its own text. */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** Reads an XML document into a tree; a document that is not well-formed is one UserFacingError naming `file`. */
export function parseXml(text: string, file: string): XmlNode {
  const parser = sax.parser(true, { trim: false, normalize: false });
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  let failure: string | undefined;
  parser.onerror = (error) => {
    failure ??= `${error.message.split('\n')[0]} (line ${parser.line + 1})`;
    parser.error = null as unknown as Error;
  };
  parser.onopentag = (tag) => {
    const node: XmlNode = { name: tag.name, attributes: {}, children: [], text: '' };
    for (const [key, value] of Object.entries(tag.attributes)) node.attributes[key] = String(value);
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  };
  parser.onclosetag = () => {
    stack.pop();
  };
  parser.ontext = (chunk) => {
    stack[stack.length - 1].text += chunk;
  };
  parser.oncdata = (chunk) => {
    stack[stack.length - 1].text += chunk;
  };
  parser.write(text).close();
  if (failure) throw new UserFacingError(`${file} is not well-formed XML: ${failure}`, file);
  const top = root.children[0];
  if (!top) throw new UserFacingError(`${file} holds no XML element`, file);
  return top;
}

/** The first child element called `name`. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** The trimmed text of the child called `name` (a path such as 'pitch/step' walks down). */
export function textOf(node: XmlNode | undefined, path: string): string | undefined {
  let current = node;
  for (const name of path.split('/')) current = child(current, name);
  return current ? current.text.trim() : undefined;
}

export function numberOf(node: XmlNode | undefined, path: string): number | undefined {
  const text = textOf(node, path);
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
