// The project owns its knowledge: a code comment may cite a document only by its path in this
// repository (docs/domain/..., docs/decisions/...), never the design brief or research notes that
// live outside it. Checked on the real files, so a stale or outside citation fails `npm test`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SKIP_DIRS = new Set(['node_modules', 'dist', 'out', 'build', 'release', 'coverage']);

/** Names of documents outside the repository that comments used to cite. */
const OUTSIDE = [/\bDESIGN\b/, /TECH-NOTES/, /\bregulations\.md\b/, /shared\/domain\//, /\/work\/shared\b/];
/** A Markdown path as written in a comment: `docs/domain/lpg-3kg.md`, `README.md`. */
const MD_PATH = /(?<![\w/.-])((?:[\w.-]+\/)*[\w-]+\.md)\b/g;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(ROOT, dir))) {
    if (SKIP_DIRS.has(e) || e.startsWith('.')) continue;
    const rel = dir ? join(dir, e) : e;
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx|mts|cts|sql)$/.test(e)) out.push(rel);
  }
  return out;
}

/** Every comment of a TypeScript file, found by the compiler's parser (so `//` in a string is not one). */
function tsComments(file: string, text: string): string[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const seen = new Map<number, string>();
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) seen.set(r.pos, text.slice(r.pos, r.end));
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(text, node.getEnd()));
    node.getChildren(source).forEach(visit);
  };
  visit(source);
  return [...seen.values()];
}

/** The comments of a SQL file (line and block comments), skipping quoted strings. */
function sqlComments(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const two = text.slice(i, i + 2);
    if (text[i] === "'" || text[i] === '"') {
      const end = text.indexOf(text[i]!, i + 1);
      i = end < 0 ? text.length : end + 1;
    } else if (two === '--' || two === '/*') {
      const end = two === '--' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2) + 2;
      const stop = end < i ? text.length : end;
      out.push(text.slice(i, stop));
      i = stop;
    } else {
      i += 1;
    }
  }
  return out;
}

/** What is wrong with the citations of one comment (empty when nothing is). */
function citationProblems(comment: string, exists: (path: string) => boolean): string[] {
  const problems = OUTSIDE.filter((re) => re.test(comment)).map((re) => `cites a document outside the repository (${re.source})`);
  for (const m of comment.matchAll(MD_PATH)) {
    if (!exists(m[1]!)) problems.push(`cites ${m[1]}, which is not a file of the repository (write its path from the root)`);
  }
  return problems;
}

const inRepo = (path: string) => existsSync(join(ROOT, path));

describe('citations in code comments', () => {
  it('the check itself: an outside or missing document is named, an existing repo path passes', () => {
    expect(citationProblems('// the pragmas DESIGN §3 asks for', inRepo)).toHaveLength(1);
    expect(citationProblems('// see domain/shu.md and regulations.md B', inRepo)).toHaveLength(3);
    expect(citationProblems('-- TECH-NOTES "Scanners"', inRepo)).toHaveLength(1);
    expect(citationProblems('// docs/domain/no-such-page.md', inRepo)).toEqual([expect.stringContaining('docs/domain/no-such-page.md')]);
    expect(citationProblems('// docs/domain/members-and-shu.md, docs/decisions/0002-data-and-money.md', inRepo)).toEqual([]);
  });

  it('every comment in the code cites only documents that are in the repository', () => {
    const problems: string[] = [];
    const files = sourceFiles('');
    for (const file of files) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const comments = file.endsWith('.sql') ? sqlComments(text) : tsComments(file, text);
      for (const c of comments) for (const p of citationProblems(c, inRepo)) problems.push(`${file}: ${p}: ${c.slice(0, 100)}`);
    }
    expect(files.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
