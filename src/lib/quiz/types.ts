/**
 * Questions as the browser gets them: the same shape as the content schema, with ordering
 * questions that point at an emergency plan already resolved to the plan's own step texts.
 */
interface Base {
  id: string;
  prompt: string;
  explain: string;
  source: string;
  tags: string[];
  difficulty: 1 | 2 | 3;
}
export type Question =
  | (Base & { type: 'single'; options: string[]; answer: number })
  | (Base & { type: 'scenario'; situation: string; options: string[]; answer: number })
  | (Base & { type: 'multiple'; options: string[]; answer: number[] })
  | (Base & { type: 'truefalse'; answer: boolean })
  | (Base & { type: 'order'; items: string[] })
  | (Base & { type: 'number'; answer: number; unit: string; tolerance: number })
  | (Base & { type: 'match'; pairs: { left: string; right: string }[] });

export type QuestionType = Question['type'];

/**
 * What a person answered. Indices always refer to the question's own (unshuffled) lists,
 * so a stored or transmitted answer means the same thing whatever order it was shown in.
 */
export type Response =
  | { type: 'single' | 'scenario'; choice: number }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'order'; order: number[] }
  | { type: 'number'; text: string }
  | { type: 'match'; pairs: number[] };

export const TYPE_LABEL: Record<QuestionType, string> = {
  single: '单选',
  multiple: '多选',
  truefalse: '判断',
  order: '排序',
  number: '填数字',
  match: '配对',
  scenario: '情景',
};
