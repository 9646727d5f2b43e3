/**
 * A problem found in content or a project file: the file, the field and what is wrong, in
 * Chinese. Everything that checks content reports in this shape, and prints it one way.
 */
import { z } from 'astro/zod';

// zod's own messages (期望 string…) in Chinese, wherever a schema check reports them
z.config(z.locales.zhCN());

export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}

export function formatIssue(i: ContentIssue): string {
  return `${i.file}：字段 ${i.field || '（整个文件）'}：${i.message}`;
}
