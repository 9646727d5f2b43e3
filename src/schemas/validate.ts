/**
 * Validates the whole content tree: every entry against its schema, then every cross-reference
 * (source, ref, plan, step, contact, actor…). Pure: takes parsed files, returns problems, so the
 * build, the content checker and the unit tests all run exactly the same checks.
 */
import { z } from 'astro/zod';
import { checkDrillGraph } from '../lib/drill/graph.ts';
import { cueFigures, cueProblems } from '../lib/quiz/cues.ts';
import { taughtAsRight } from './content-rules.ts';
import { deprecatedTerms, drillLengthCue, withoutTermList, MAX_DRILL_LONGEST_SHARE, MIN_DRILL_DECISIONS } from './content-terms.ts';
import {
  bodyLinks,
  brokenLink,
  citedFigure,
  MAX_ALL_BUT_ONE_SHARE,
  multipleChoiceHabits,
  editorNote,
  pageSafetyProblems,
  safetyProblems,
  type SiteMap,
  keyBalance,
  keyContradiction,
  MAX_KEY_SHARE,
  questionLists,
  renderedBody,
  repeatedEntries,
  stringsOf,
} from './content-rules.ts';
import { anchorFor, fixedAnchors, headingAnchors } from './anchors.ts';
import { checklistSchema, type ChecklistData } from './checklist.ts';
import { daySchema, type DayData } from './day.ts';
import { drillSchema, type DrillData } from './drill.ts';
import { emergencySchema, type EmergencyData } from './emergency.ts';
import { examSchema, type ExamData } from './exam.ts';
import { handbookSchema, type HandbookData } from './handbook.ts';
import { quizBankSchema, type QuizBank } from './quiz.ts';
import { roleSchema, type RoleData } from './role.ts';
import { aliasesFileSchema, siteSchema, sourcesFileSchema, type SiteData } from './site.ts';
import { FACTS, projectSchema } from './project.ts';
import { templateRefs } from '../lib/project/resolve.ts';

z.config(z.locales.zhCN());

export interface RawEntry {
  /** collection id: "cleaning/garbage-retention", "fire", "steward" … */
  id: string;
  /** path relative to the project root, for messages */
  file: string;
  data: unknown;
  /** MDX body, where there is one */
  body?: string;
}

export interface RawContent {
  /** pages that are not content (/, /train/, /assess/ …): paths with their trailing slash */
  staticRoutes?: string[];
  site: RawEntry;
  aliases: RawEntry;
  sources: RawEntry;
  handbook: RawEntry[];
  emergencies: RawEntry[];
  roles: RawEntry[];
  day: RawEntry[];
  quizzes: RawEntry[];
  drills: RawEntry[];
  checklists: RawEntry[];
  exams: RawEntry[];
  /** content/projects/*.yaml: one per project (小区, 写字楼…) */
  projects?: RawEntry[];
}

export interface ContentIssue {
  file: string;
  field: string;
  message: string;
}

export function formatIssue(i: ContentIssue): string {
  return `${i.file}：字段 ${i.field || '（整个文件）'}：${i.message}`;
}

/** The URL path segment (without slashes) each collection's pages live under. */
export const pageIdOf = {
  handbook: (id: string) => `handbook/${id}`,
  emergency: (id: string) => `emergency/${id}`,
  role: (id: string) => `roles/${id}`,
  day: (id: string) => `day/${id}`,
};

interface Parsed<T> {
  entry: RawEntry;
  data: T;
}

export function validateContent(raw: RawContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (file: string, field: string, message: string) => issues.push({ file, field, message });

  function parse<T>(entry: RawEntry, schema: z.ZodType<T>): T | undefined {
    const r = schema.safeParse(entry.data);
    if (r.success) return r.data;
    for (const iss of r.error.issues) {
      const extra = iss.code === 'unrecognized_keys' ? `（${(iss as { keys: string[] }).keys.join('、')}）` : '';
      report(entry.file, iss.path.map(String).join('.'), iss.message + extra);
    }
    return undefined;
  }
  function parseAll<T>(entries: RawEntry[], schema: z.ZodType<T>): Parsed<T>[] {
    const out: Parsed<T>[] = [];
    for (const entry of entries) {
      const data = parse(entry, schema);
      if (data !== undefined) out.push({ entry, data });
    }
    return out;
  }

  const site = parse<SiteData>(raw.site, siteSchema);
  // a broken entry in sources.yaml is reported there once, not again at every page citing the others
  const sourcesDoc = parse(raw.sources, sourcesFileSchema) ?? listedKeys(raw.sources.data, 'sources', 'id');
  const aliases = parse(raw.aliases, aliasesFileSchema) ?? {};
  const handbook = parseAll<HandbookData>(raw.handbook, handbookSchema);
  const emergencies = parseAll<EmergencyData>(raw.emergencies, emergencySchema);
  const roles = parseAll<RoleData>(raw.roles, roleSchema);
  const days = parseAll<DayData>(raw.day, daySchema);
  const quizzes = parseAll<QuizBank>(raw.quizzes, quizBankSchema);
  const drills = parseAll<DrillData>(raw.drills, drillSchema);
  const checklists = parseAll<ChecklistData>(raw.checklists, checklistSchema);
  const exams = parseAll<ExamData>(raw.exams, examSchema);

  const actors = new Set(Object.keys(site?.actors ?? {}));
  const contacts = new Set(Object.keys(site?.contacts ?? {}));
  const sections = new Set(Object.keys(site?.sections ?? {}));
  const roleIds = new Set(raw.roles.map((e) => e.id));
  const planById = new Map(emergencies.map((p) => [p.entry.id, p.data]));

  // A file copied to make a new one and not yet changed builds the same page twice under two
  // addresses; staff then find two plans for one emergency, and only one gets corrected later.
  const titled = [...handbook, ...emergencies, ...drills, ...checklists, ...quizzes].map((x) => ({ file: x.entry.file, title: (x.data as { title: string }).title }));
  const firstWithTitle = new Map<string, string>();
  for (const t of titled) {
    const seen = firstWithTitle.get(t.title);
    if (seen) report(t.file, 'title', `标题「${t.title}」和 ${seen} 相同：是不是复制了文件还没改？每个页面的标题要不同`);
    else firstWithTitle.set(t.title, t.file);
  }

  // Every page and the anchors it will render.
  const anchors = new Map<string, Set<string>>();
  const addPage = (pageId: string, body: string | undefined, fixed: readonly string[], more: string[]) => anchors.set(pageId, new Set([...fixed, ...headingAnchors(body ?? ''), ...more]));
  for (const { entry, data } of handbook)
    addPage(pageIdOf.handbook(entry.id), entry.body, fixedAnchors.handbook, [...data.timeLimits.map((t) => anchorFor.limit(t.id)), ...data.steps.map((s) => anchorFor.step(s.id))]);
  for (const { entry, data } of emergencies)
    addPage(pageIdOf.emergency(entry.id), entry.body, fixedAnchors.emergency, [...data.steps.map((s) => anchorFor.step(s.id)), ...data.never.map((n) => anchorFor.never(n.id))]);
  for (const { entry } of roles) addPage(pageIdOf.role(entry.id), entry.body, fixedAnchors.role, []);
  for (const { entry, data } of days)
    addPage(
      pageIdOf.day(entry.id),
      entry.body,
      fixedAnchors.day,
      data.slots.map((s) => anchorFor.slot(s.time)),
    );

  function checkAnchor(file: string, field: string, value: string) {
    const [page, anchor] = value.split('#');
    const known = anchors.get(page);
    if (!known) return report(file, field, `指向的页面「${page}」不存在`);
    if (anchor && !known.has(anchor)) report(file, field, `页面「${page}」上没有锚点「#${anchor}」`);
  }
  function checkSources(file: string, list: { ref: string }[]) {
    list.forEach((s, i) => {
      if (!(s.ref in sourcesDoc)) report(file, `sources.${i}.ref`, `出处「${s.ref}」不在 content/sources.yaml 里`);
    });
  }
  const checkIn = (file: string, field: string, value: string, set: Set<string>, what: string) => {
    if (!set.has(value)) report(file, field, `未知的${what}「${value}」`);
  };

  (site?.posts ?? []).forEach((p, i) => checkIn(raw.site.file, `posts.${i}`, p, actors, '岗位（actors 里没有）'));
  for (const { entry, data } of handbook) {
    const section = entry.id.split('/')[0];
    if (!entry.id.includes('/')) report(entry.file, '', '手册页面必须放在 content/handbook/<栏目>/ 下');
    else checkIn(entry.file, '（所在文件夹）', section, sections, '手册栏目（site.yaml 的 sections 里没有）');
    checkSources(entry.file, data.sources);
    data.roles.forEach((r, i) => checkIn(entry.file, `roles.${i}`, r, roleIds, '岗位'));
    unique(
      entry.file,
      'timeLimits',
      data.timeLimits.map((t) => t.id),
      report,
    );
    unique(
      entry.file,
      'steps',
      data.steps.map((t) => t.id),
      report,
    );
  }
  for (const { entry, data } of emergencies) {
    checkSources(entry.file, data.sources);
    data.roles.forEach((r, i) => checkIn(entry.file, `roles.${i}`, r, actors, '岗位（site.yaml 的 actors 里没有）'));
    data.contacts.forEach((c, i) => checkIn(entry.file, `contacts.${i}`, c, contacts, '联系方式（site.yaml 的 contacts 里没有）'));
    data.steps.forEach((s, i) => checkIn(entry.file, `steps.${i}.role`, s.role, actors, '岗位（site.yaml 的 actors 里没有）'));
    const planSources = new Set(data.sources.map((s) => s.ref));
    data.steps.forEach((s, i) => {
      if (s.withinMinutes !== undefined && !s.limitSource)
        report(entry.file, `steps.${i}.limitSource`, `写了 ${s.withinMinutes} 分钟时限，就要写明规定这个时限的出处（sources.yaml 的键）；没有出处的写 when: 立即 / 尽快`);
      else if (s.limitSource && !s.withinMinutes) report(entry.file, `steps.${i}.limitSource`, '没有 withinMinutes，不需要 limitSource');
      else if (s.limitSource && !planSources.has(s.limitSource)) report(entry.file, `steps.${i}.limitSource`, `时限出处「${s.limitSource}」要同时列在本预案的 sources 里`);
    });
    unique(
      entry.file,
      'steps',
      data.steps.map((s) => s.id),
      report,
    );
    unique(
      entry.file,
      'never',
      data.never.map((s) => s.id),
      report,
    );
  }
  for (const { entry, data } of roles) {
    checkSources(entry.file, data.sources);
    checkIn(entry.file, 'actor', data.actor, actors, '岗位（site.yaml 的 actors 里没有）');
    data.mustKnow.forEach((m, i) => checkAnchor(entry.file, `mustKnow.${i}.ref`, m.ref));
    const targets: Record<string, Set<string>> = {
      quiz: new Set(raw.quizzes.map((e) => e.id)),
      drill: new Set(raw.drills.map((e) => e.id)),
      checklist: new Set(raw.checklists.map((e) => e.id)),
      cards: roleIds,
    };
    data.path.forEach((p, i) => {
      if (p.kind === 'read') checkAnchor(entry.file, `path.${i}.ref`, p.ref);
      else checkIn(entry.file, `path.${i}.ref`, p.ref, targets[p.kind], pathKindName[p.kind]);
    });
  }
  for (const { entry, data } of days) {
    checkSources(entry.file, data.sources);
    checkIn(entry.file, 'role', data.role, roleIds, '岗位');
    data.slots.forEach((s, i) => s.ref && checkAnchor(entry.file, `slots.${i}.ref`, s.ref));
    data.weekly.forEach((s, i) => s.ref && checkAnchor(entry.file, `weekly.${i}.ref`, s.ref));
    data.monthly.forEach((s, i) => s.ref && checkAnchor(entry.file, `monthly.${i}.ref`, s.ref));
  }

  const questionIds = new Map<string, string>();
  for (const { entry, data } of quizzes) {
    data.roles.forEach((r, i) => checkIn(entry.file, `roles.${i}`, r, roleIds, '岗位'));
    data.questions.forEach((q, i) => {
      const at = `questions.${i}`;
      const seen = questionIds.get(q.id);
      if (seen) report(entry.file, `${at}.id`, `题目 id「${q.id}」与 ${seen} 中的题目重复`);
      questionIds.set(q.id, entry.file);
      checkAnchor(entry.file, `${at}.source`, q.source);
      // Choice questions mark their right options in place: the schema already checked them.
      if (q.type === 'number') {
        if ((q.answer === undefined) === (q.answerFact === undefined)) report(entry.file, `${at}.answer`, '填数字题要么写 answer（固定答案），要么写 answerFact（用本项目的数字），二者只写一个');
      } else if (q.type === 'order') {
        if (!q.items && !(q.plan && q.steps)) report(entry.file, at, '排序题要么写 items，要么写 plan + steps');
        if (q.plan) {
          const plan = planById.get(q.plan);
          if (!plan) report(entry.file, `${at}.plan`, `应急预案「${q.plan}」不存在`);
          else {
            const order = plan.steps.map((s) => s.id);
            (q.steps ?? []).forEach((s, j) => {
              if (!order.includes(s)) report(entry.file, `${at}.steps.${j}`, `预案「${q.plan}」里没有步骤「${s}」`);
            });
          }
        }
      }
    });
  }
  for (const { entry, data } of drills) {
    checkIn(entry.file, 'role', data.role, actors, '岗位（site.yaml 的 actors 里没有）');
    const plan = planById.get(data.plan);
    if (!plan) report(entry.file, 'plan', `应急预案「${data.plan}」不存在`);
    const stepIds = new Set(plan?.steps.map((s) => s.id) ?? []);
    const neverIds = new Set(plan?.never.map((s) => s.id) ?? []);
    if (!(data.start in data.nodes)) report(entry.file, 'start', `起始情境「${data.start}」不在 nodes 里`);
    for (const [nodeId, node] of Object.entries(data.nodes)) {
      node.choices.forEach((c, i) => {
        const at = `nodes.${nodeId}.choices.${i}`;
        if (!(c.next in data.nodes)) report(entry.file, `${at}.next`, `下一个情境「${c.next}」不存在`);
        if (plan && c.step && !stepIds.has(c.step)) report(entry.file, `${at}.step`, `预案「${data.plan}」里没有步骤「${c.step}」`);
        if (plan && c.critical && !neverIds.has(c.critical)) report(entry.file, `${at}.critical`, `预案「${data.plan}」的禁止事项里没有「${c.critical}」`);
      });
    }
    if (data.start in data.nodes) for (const g of checkDrillGraph(data)) report(entry.file, `nodes.${g.node}`, g.message);
    const cue = drillLengthCue(data);
    if (cue.decisions >= MIN_DRILL_DECISIONS && cue.longest.length / cue.decisions > MAX_DRILL_LONGEST_SHARE)
      report(
        entry.file,
        'nodes',
        `${cue.longest.length}/${cue.decisions} 个决定里，正确做法是最长的选项（${cue.longest.slice(0, 5).join('、')}）：只挑最长的就能过关。把错误做法写得同样具体，把正确做法里的解释挪到 feedback`,
      );
  }
  for (const { entry, data } of checklists) {
    checkSources(entry.file, data.sources);
    checkIn(entry.file, 'role', data.role, roleIds, '岗位');
    unique(
      entry.file,
      'items',
      data.items.map((t) => t.id),
      report,
    );
    data.items.forEach((it, i) => it.source && checkAnchor(entry.file, `items.${i}.source`, it.source));
  }
  const bankIds = new Set(raw.quizzes.map((e) => e.id));
  const bankById = new Map(quizzes.map((q) => [q.entry.id, q.data]));
  for (const { entry, data } of exams) {
    checkIn(entry.file, 'role', data.role, roleIds, '岗位');
    data.banks.forEach((b, i) => checkIn(entry.file, `banks.${i}`, b, bankIds, '题库'));
    const pool = data.banks.flatMap((b) => bankById.get(b)?.questions ?? []).filter((q) => !data.tags.length || data.tags.some((t) => q.tags.includes(t)));
    if (data.banks.every((b) => bankById.has(b)) && pool.length < data.count) report(entry.file, 'count', `要抽 ${data.count} 题，但所选题库里符合标签的题只有 ${pool.length} 道`);
    // An exam draws by role tag, so a bank fair as a whole can still hand one role a blind pass.
    for (const why of cueProblems(cueFigures(pool))) report(entry.file, 'banks', `这套考试的抽题池：${why}`);
  }
  for (const [term, a] of Object.entries(aliases)) {
    if (a.page) checkAnchor(raw.aliases.file, `${term}.page`, a.page);
  }

  for (const p of raw.projects ?? []) issues.push(...checkProject(p, site));
  // In an MDX body {{…}} is a JavaScript expression, not a template: it breaks the build with an
  // error that names neither file nor fix.
  for (const entry of [...raw.handbook, ...raw.emergencies, ...raw.roles, ...raw.day])
    for (const m of renderedBody(entry.body ?? '').matchAll(/\{\{(phone|contact|fact):([a-z0-9-]+)[^}]*\}\}/g))
      report(
        entry.file,
        '正文',
        `正文里不能写「${m[0]}」：${m[1] === 'fact' ? `写成 <Fact id="${m[2]}" fallback="没有登记时显示的话" />` : `写成 <Phone id="${m[2]}" />`}（{{…}} 只用在 frontmatter 和 YAML 里）`,
      );
  // {{phone:id}}, {{contact:id}} and {{fact:id}} in any text must name a known contact or fact.
  for (const entry of [...raw.handbook, ...raw.emergencies, ...raw.roles, ...raw.day, ...raw.quizzes, ...raw.drills, ...raw.checklists]) {
    const texts = [...stringsOf(entry.data), ...(entry.body ? [{ path: '正文', text: renderedBody(entry.body) }] : [])];
    for (const { path, text } of texts)
      for (const ref of templateRefs(text)) {
        if (ref.kind === 'fact' ? !(ref.id in FACTS) : !contacts.has(ref.id))
          report(
            entry.file,
            path,
            `{{${ref.kind}:${ref.id}}} 里的「${ref.id}」不是已知的${ref.kind === 'fact' ? `项目信息（可用：${Object.keys(FACTS).join('、')}）` : '联系方式（site.yaml 的 contacts 里没有）'}`,
          );
      }
  }

  // What content says: editor remarks never reach staff; questions are fair and agree with pages.
  const rendered = [...raw.handbook, ...raw.emergencies, ...raw.roles, ...raw.day, ...raw.quizzes, ...raw.drills, ...raw.checklists, ...raw.exams, raw.site];
  for (const entry of rendered) {
    for (const { path, text } of stringsOf(entry.data)) {
      const note = editorNote(text);
      if (note) report(entry.file, path, `写给编辑看的话会显示给员工：「${note}」（改写，或移到 YAML 注释 / sources.yaml）`);
    }
    const note = entry.body && editorNote(renderedBody(entry.body));
    if (note) report(entry.file, '正文', `写给编辑看的话会显示给员工：「${note}」（改写，或放进 {/* */} 注释）`);
    const texts = [...stringsOf(entry.data), ...(entry.body ? [{ path: '正文', text: renderedBody(entry.body) }] : [])];
    for (const { path, text } of texts.filter((t) => taughtAsRight(entry.data, t.path)))
      for (const p of safetyProblems(text)) report(entry.file, path, `不安全或不对：「${p.sentence.slice(0, 60)}」——${p.rule.message}`);
    // Search aliases and source headings may keep the old names staff still say or type.
    for (const { path, text } of texts)
      if (!/^(aliases|sources)(\.|$)/.test(path))
        for (const t of deprecatedTerms(path === '正文' ? withoutTermList(text) : text))
          report(entry.file, path, `「${t.found}」：统一叫「${t.use}」（术语表「统一称呼」）${t.context ? `——「${t.context}」` : ''}`);
    // A question stands alone in a quiz, so it must carry its own limits; a page as a whole.
    const units = raw.quizzes.includes(entry)
      ? ((entry.data as { questions?: unknown[] })?.questions ?? []).map((q, i) => ({
          path: `questions.${i}`,
          text: stringsOf(q)
            .map((t) => t.text)
            .join('\n'),
        }))
      : [{ path: '', text: texts.map((t) => t.text).join('\n') }];
    for (const u of units) for (const message of pageSafetyProblems(u.text)) report(entry.file, u.path, `不安全：${message}`);
  }
  // Links written in page bodies must lead somewhere: the same rule the rendered site is held to.
  const siteMap: SiteMap = { pages: new Map() };
  for (const [id, set] of anchors) siteMap.pages.set(`/${id}/`, set);
  for (const r of raw.staticRoutes ?? ['/']) siteMap.pages.set(r, new Set());
  for (const sec of sections) siteMap.pages.set(`/handbook/${sec}/`, new Set());
  for (const e of raw.emergencies) siteMap.pages.set(`/emergency/${e.id}/print/`, new Set());
  for (const e of raw.quizzes) siteMap.pages.set(`/train/quiz/${e.id}/`, new Set());
  for (const e of raw.drills) siteMap.pages.set(`/train/drill/${e.id}/`, new Set());
  for (const e of raw.checklists) {
    siteMap.pages.set(`/train/checklist/${e.id}/`, new Set());
    siteMap.pages.set(`/train/checklist/${e.id}/print/`, new Set());
  }
  const pathOf = (collection: 'handbook' | 'emergency' | 'role' | 'day', id: string) => `/${pageIdOf[collection](id)}/`;
  const bodies: [RawEntry, string][] = [
    ...raw.handbook.map((e): [RawEntry, string] => [e, pathOf('handbook', e.id)]),
    ...raw.emergencies.map((e): [RawEntry, string] => [e, pathOf('emergency', e.id)]),
    ...raw.roles.map((e): [RawEntry, string] => [e, pathOf('role', e.id)]),
    ...raw.day.map((e): [RawEntry, string] => [e, pathOf('day', e.id)]),
  ];
  for (const [entry, from] of bodies)
    for (const href of bodyLinks(entry.body ?? '')) {
      const why = brokenLink(href, from, siteMap);
      if (why) report(entry.file, '正文', why);
    }

  const figurePages = { handbook: new Map(handbook.map((h) => [h.entry.id, h.data])), emergencies: planById };
  for (const { entry, data } of quizzes) {
    const balance = keyBalance(data.questions);
    if (balance)
      report(
        entry.file,
        'questions',
        `单选和情景题的标准答案有 ${Math.round(balance.share * 100)}% 在第 ${balance.worst + 1} 个选项（${balance.counts.join('/')}，共 ${balance.total} 题），超过 ${MAX_KEY_SHARE * 100}%：调换选项顺序让答案分散`,
      );
    for (const why of cueProblems(cueFigures(data.questions))) report(entry.file, 'questions', why);
    const habits = multipleChoiceHabits(data.questions);
    for (const i of habits.allKeyed) report(entry.file, `questions.${i}.options`, '多选题的每个选项都是答案：至少要有一个似是而非的错误选项');
    if (habits.total >= 4 && habits.allButOne / habits.total > MAX_ALL_BUT_ONE_SHARE)
      report(
        entry.file,
        'questions',
        `多选题里「除了一项都对」的有 ${habits.allButOne} / ${habits.total} 题，超过 ${MAX_ALL_BUT_ONE_SHARE * 100}%：改用员工真会犯的错误做干扰项，让对的选项数各不相同`,
      );
    data.questions.forEach((q, i) => {
      for (const { field, list } of questionLists(q)) for (const j of repeatedEntries(list)) report(entry.file, `questions.${i}.${field}.${j}`, `与同一题前面的一项重复：「${list[j]}」`);
      const fig = citedFigure(q.source, figurePages);
      const why = fig && keyContradiction(q, fig);
      if (why) report(entry.file, `questions.${i}.${q.type === 'number' ? 'answer' : 'options'}`, `${why}（出处 ${q.source}）`);
    });
  }
  return issues;
}

/** A project file: its shape, and that its contacts and posts are ones the company defines. */
export function checkProject(entry: RawEntry, site: SiteData | undefined): ContentIssue[] {
  const out: ContentIssue[] = [];
  const r = projectSchema.safeParse(entry.data);
  if (!r.success) {
    for (const i of r.error.issues) out.push({ file: entry.file, field: i.path.map(String).join('.'), message: i.message });
    return out;
  }
  if (!site) return out;
  for (const id of Object.keys(r.data.contacts))
    if (!(id in site.contacts))
      out.push({ file: entry.file, field: `contacts.${id}`, message: `未知的联系方式「${id}」（site.yaml 的 contacts 里没有；可用：${Object.keys(site.contacts).join('、')}）` });
  r.data.sameNumberOk.forEach((id, i) => {
    if (!(id in site.contacts))
      out.push({ file: entry.file, field: `sameNumberOk.${i}`, message: `未知的联系方式「${id}」（site.yaml 的 contacts 里没有；可用：${Object.keys(site.contacts).join('、')}）` });
  });
  r.data.posts.forEach((p, i) => {
    if (!site.posts.includes(p)) out.push({ file: entry.file, field: `posts.${i}`, message: `未知的岗位「${p}」（site.yaml 的 posts 里没有；可用：${site.posts.join('、')}）` });
  });
  return out;
}

/** The keys a list file names, read leniently: `{ sources: [{ id: … }] }` → { id: true } */
function listedKeys(data: unknown, list: string, key: string): Record<string, true> {
  const items = data && typeof data === 'object' ? (data as Record<string, unknown>)[list] : undefined;
  return Object.fromEntries((Array.isArray(items) ? items : []).flatMap((x) => (x && typeof x[key] === 'string' ? [[x[key] as string, true] as const] : [])));
}

const pathKindName = { quiz: '题库', drill: '演练', checklist: '检查表', cards: '岗位卡组' } as const;

function unique(file: string, field: string, ids: string[], report: (f: string, fl: string, m: string) => void) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) report(file, `${field}.${i}.id`, `id「${id}」在本文件里重复`);
    seen.add(id);
  });
}
