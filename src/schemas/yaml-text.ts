/**
 * YAML read for people who write it in a Chinese text editor: a syntax error is said in Chinese
 * with its line, and a full-width colon (：) where a key ends — the usual slip with a Chinese
 * input method — is named as such, even where the file still parses (it then reads as text and
 * the field seems to be missing).
 */
import { parse } from 'yaml';

export interface YamlProblem {
  /** 1-based */
  line?: number;
  message: string;
}

// name：… at a line's start (after a list dash) or inside a flow map { name：… }
const FULL_WIDTH_KEY = /(?:^\s*(?:-\s+)?|[{,]\s*)[A-Za-z0-9_-]+\s*：/;

const SAID: Record<string, string> = {
  BAD_INDENT: '缩进不对：同一层的字段要对齐，下一层多缩进两个空格',
  TAB_AS_INDENT: '用了 Tab 缩进：YAML 只能用空格缩进',
  DUPLICATE_KEY: '同一个字段写了两次',
  MISSING_CHAR: '少了配对的符号（引号、括号没有关上）',
  MULTILINE_IMPLICIT_KEY: '字段名后面要有半角冒号「:」和一个空格',
  BLOCK_AS_IMPLICIT_KEY: '一行里写了两个「字段: 值」，或者缩进不对',
  UNEXPECTED_TOKEN: '这里有多余或不配对的符号（括号、引号、逗号、冒号）',
  BAD_SCALAR_START: '值不能以这个符号开头：加上引号',
  BLOCK_IN_FLOW: '花括号或方括号里不能换行写下一层',
  MISSING_FLOW_COMMA: '花括号或方括号里的各项之间要用半角逗号「,」分开',
};

const FULL_WIDTH = '用了全角冒号「：」，字段名后面要用半角冒号「:」加一个空格';

/** The problem as one sentence: YAML 格式错误，第 3 行：缩进不对… */
export const yamlProblemText = (p: YamlProblem) => `YAML 格式错误${p.line ? `，第 ${p.line} 行` : ''}：${p.message}`;

/** A full-width colon ending a key, by line. */
export function fullWidthColonLine(text: string): number | undefined {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\s#.*$/, '');
    if (!line.trimStart().startsWith('#') && FULL_WIDTH_KEY.test(line)) return i + 1;
  }
  return undefined;
}

/**
 * keys: whether every line is keys and short values (a project file), so a full-width colon after
 * a word is taken for a key's; content files hold prose where 「110：报警」 is ordinary text.
 */
export function parseYamlText(text: string, keys = true): { data: unknown; problem?: undefined } | { data?: undefined; problem: YamlProblem } {
  const colon = keys ? fullWidthColonLine(text) : undefined;
  if (colon) return { problem: { line: colon, message: FULL_WIDTH } };
  try {
    return { data: parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    const err = e as { code?: string; linePos?: { line: number }[] };
    const line = err.linePos?.[0]?.line;
    const said = (err.code && SAID[err.code]) ?? '格式不对';
    // a parser error near a full-width colon is that colon's
    return { problem: { line, message: line !== undefined && fullWidthColonLine(text.split(/\r?\n/)[line - 1] ?? '') ? FULL_WIDTH : said } };
  }
}
