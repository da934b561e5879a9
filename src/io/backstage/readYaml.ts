import { LineCounter, parseAllDocuments, visit } from 'yaml';
import type { Document, YAMLError } from 'yaml';

/** One YAML document of a file: its place (counted from 1, as `---` separates them) and value. */
export interface YamlDocument {
  readonly index: number;
  /** The line the document's content starts on, counted from 1. */
  readonly line: number;
  readonly value: unknown;
}

export type YamlRead = { ok: true; documents: YamlDocument[] } | { ok: false; error: string };

// Only what plain catalog files use is read. The core schema and no YAML 1.1 extras
// (`!!binary`, `!!set`, `<<` merge keys); keys must be strings and unique. Aliases are refused
// outright rather than counted: one `*ref` is rare in a catalog, while a nest of them is the
// "billion laughs" attack, and refusing every one keeps the rule simple to say.
const OPTIONS = {
  schema: 'core',
  resolveKnownTags: false,
  merge: false,
  uniqueKeys: true,
  stringKeys: true,
  strict: true,
  prettyErrors: false,
  logLevel: 'silent',
} as const;

/**
 * Every document in a multi-document YAML text, as plain values. A syntax error, an alias or a
 * tag outside the core schema refuses the whole file, saying what and where (line and column).
 */
export function readYamlDocuments(text: string): YamlRead {
  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, { ...OPTIONS, lineCounter: lines });
  const docs: Document.Parsed[] = Array.isArray(parsed) ? parsed : [];
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `line ${line}, column ${col}`;
  };
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) return refuse(`YAML syntax error at ${at(error.pos[0])}: ${messageOf(error)}`);
    const tag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (tag) return refuse(`The tag ${tagOf(tag)} at ${at(tag.pos[0])} is not read: this app reads catalog files in plain YAML, without custom tags.`);
    const alias = firstAlias(doc);
    if (alias) return refuse(`The alias *${alias.source} at ${at(alias.offset)} is not read: write the value out in full instead of using & and *.`);
  }
  return {
    ok: true,
    documents: docs.map((doc, i) => ({ index: i + 1, line: lines.linePos(doc.contents?.range?.[0] ?? doc.range[0]).line, value: doc.toJS({ maxAliasCount: 0 }) })),
  };
}

function firstAlias(doc: Document.Parsed): { offset: number; source: string } | undefined {
  let found: { offset: number; source: string } | undefined;
  visit(doc, {
    Alias(_, node) {
      found = { offset: node.range?.[0] ?? 0, source: node.source };
      return visit.BREAK;
    },
  });
  return found;
}

/** The parser's message, first line only, without the trailing position it sometimes adds. */
function messageOf(error: YAMLError): string {
  return (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
}

/** `!foo`, or `!!binary` for the long form the parser reports for YAML's own tags. */
function tagOf(warning: YAMLError): string {
  const tag = /Unresolved tag: (\S+)/.exec(warning.message)?.[1] ?? 'used here';
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

function refuse(error: string): YamlRead {
  return { ok: false, error };
}
