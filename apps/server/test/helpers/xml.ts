/**
 * A strict XML 1.0 parser for the feed tests (saxes: well-formedness,
 * allowed characters, namespaces), and small helpers to read its tree.
 */
import { SaxesParser } from 'saxes';

export interface XmlNode {
  /** The qualified name, as written (`content:encoded`). */
  name: string;
  /** The namespace URI. */
  uri: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** The character data directly inside (text and CDATA), unescaped. */
  text: string;
}

/** The document's root element; throws on anything that is not well-formed, namespaced XML 1.0. */
export function parseXml(xml: string): XmlNode {
  // saxes passes a lone surrogate (it reads UTF-16 code units); XML does not allow one.
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(xml))
    throw new Error('A lone surrogate is not an XML character');
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { name: '#document', uri: '', attributes: {}, children: [], text: '' };
  const stack = [root];
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: tag.name,
      uri: tag.uri,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, a]) => [k, a.value])),
      children: [],
      text: '',
    };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => (stack.at(-1)!.text += text));
  parser.on('cdata', (text) => (stack.at(-1)!.text += text));
  parser.write(xml).close();
  if (failure) throw failure;
  const [element] = root.children;
  if (!element) throw new Error('No root element');
  return element;
}

/** Every descendant named `name` (qualified), in document order. */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  return node.children.flatMap((c) => [...(c.name === name ? [c] : []), ...findAll(c, name)]);
}

/** The first direct child named `name`. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}
