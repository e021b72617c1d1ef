/** An element of a small XML tree: enough for a .docx's document.xml, without a DOM. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  parent: XmlNode | undefined;
  /** Text directly inside (w:t's characters). */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => (e[0] === "#" ? String.fromCodePoint(e[1]!.toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m)));

/** Parses well-formed XML (a Word part) into elements; comments, declarations and processing instructions are skipped. */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: "#root", attrs: {}, children: [], parent: undefined, text: "" };
  let at = root;
  for (const m of xml.matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|<[!?][^>]*>/g)) {
    if (m[5] !== undefined) {
      at.text += decode(m[5]);
      continue;
    }
    if (!m[2]) continue;
    if (m[1]) {
      at = at.parent ?? root;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? "").matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!] = decode(a[2] ?? a[3] ?? "");
    const node: XmlNode = { name: m[2], attrs, children: [], parent: at, text: "" };
    at.children.push(node);
    if (!m[4]) at = node;
  }
  return root;
}

export function descendants(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    for (const c of n.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

export function ancestor(node: XmlNode, name: string): XmlNode | undefined {
  for (let p = node.parent; p; p = p.parent) if (p.name === name) return p;
  return undefined;
}
