/**
 * The content editor's configuration (Sveltia CMS at /admin/, written to /admin/config.yml at
 * build): one collection per kind of content file, every field with a Chinese label and hint.
 * What the form cannot know (pages, anchors, contacts, plan steps) it takes from the content
 * itself, so a new contact or role needs no change here. The zod schemas stay what decides
 * validity: test/unit/cms-config.test.ts holds every collection to its schema's fields, and
 * `npm run check:content` checks what a form cannot (references, key balance, wording).
 */
import { FACTS, type FactId } from '../project/facts.ts';
import { CADENCE_LABEL, PATH_KIND_EDITOR_LABEL } from '../labels.ts';

type Field = Record<string, unknown> & { name: string; label: string };
type Opt = { required?: boolean; hint?: string } & Record<string, unknown>;

const f =
  (widget: string) =>
  (name: string, label: string, hint: string, opt: Opt = {}): Field => ({ name, label, widget, hint, ...opt });
const str = f('string');
const text = f('text');
const bool = (name: string, label: string, hint: string, opt: Opt = {}): Field => ({ name, label, widget: 'boolean', hint, default: false, required: false, ...opt });
const num = (name: string, label: string, hint: string, opt: Opt = {}): Field => ({ name, label, widget: 'number', hint, value_type: 'int', ...opt });
const obj = (name: string, label: string, hint: string, fields: Field[], opt: Opt = {}): Field => ({ name, label, widget: 'object', hint, fields, ...opt });
/** a list of objects */
const list = (name: string, label: string, hint: string, fields: Field[], opt: Opt = {}): Field => ({ name, label, widget: 'list', hint, fields, ...opt });
/** a list of short texts, one box each */
const lines = (name: string, label: string, hint: string, opt: Opt = {}): Field => ({ name, label, widget: 'list', hint, field: { name: 'item', label, widget: 'string' }, ...opt });
const select = (name: string, label: string, hint: string, options: { label: string; value: string }[], opt: Opt = {}): Field => ({ name, label, widget: 'select', hint, options, ...opt });
const optional = { required: false };

const SLUG_PATTERN = ['^[a-z0-9]+(-[a-z0-9]+)*$', '只能用小写英文字母、数字和连字符，如 lift-entrapment'];
const ANCHOR_PATTERN = ['^[a-z0-9/-]+(#[^\\s#]+)?$', '格式：页面id#锚点，如 emergency/fire#steps'];
const DATE_PATTERN = ['^\\d{4}-\\d{2}-\\d{2}$', '写成 2026-05-01 这样的日期'];
const CLOCK_PATTERN = ['^([01]\\d|2[0-3]):[0-5]\\d$', '24 小时制，如 07:30'];
const PHONE_PATTERN = ['^[0-9+\\-\\s]{3,20}$', '电话号码只能含数字、+、- 和空格'];

const id = (hint: string) => str('id', '编号（英文）', `${hint}。只能用小写英文、数字和连字符；别处靠它引用，定下后不要改`, { pattern: SLUG_PATTERN });
const sourcesField = list(
  'sources',
  '出处',
  '写明依据：「出处登记」里的出处键 + 资料里的章节。至少一条',
  [str('ref', '出处键', '「出处登记」里登记的出处键，如 seed-001'), str('section', '章节', '出处文件里的哪一节，如「三、巡逻管理」'), str('note', '备注', '给编辑看的补充说明，可不填', optional)],
  { min: 1, summary: '{{fields.ref}} {{fields.section}}' },
);

/** Fields every readable page carries (title, summary, search words, sources, review date). */
const findable = (): Field[] => [
  str('title', '标题', '页面标题，短而具体'),
  text('summary', '摘要', '一两句话说清这页讲什么；显示在列表和搜索结果里'),
  lines('aliases', '别名', '员工口头上的叫法，搜索时用，一格一个', optional),
  lines('questions', '常问的问题', '员工会怎么问，搜索时用，一格一个', optional),
  sourcesField,
  str('updated', '审核日期', '最近一次核对内容的日期，如 2026-05-01；显示在页脚', { pattern: DATE_PATTERN }),
];

export interface CmsInputs {
  /** content/site.yaml's contacts, actors (posts and roles that act in plans) and posts */
  contacts: Record<string, { name: string; project?: boolean }>;
  actors: Record<string, string>;
  posts: string[];
  /** handbook section folder → its title */
  sections: Record<string, string>;
  /** role page id → its title (content/roles/*.mdx) */
  roles: Record<string, string>;
  /** where the online editor reads and writes the repository */
  backend: { name: 'gitea' | 'gitlab' | 'github'; repo: string; branch: string; base_url?: string; app_id?: string };
}

const choices = (rec: Record<string, string>) => Object.entries(rec).map(([value, label]) => ({ value, label: `${label}（${value}）` }));

function questionTypes(inputs: CmsInputs, factChoices: { value: string; label: string }[]): Field[] {
  const base = (fields: Field[]) => [
    id('题目编号，整个题库里不能重复，如 sec-patrol-times'),
    text('prompt', '题干', '问什么；情景题这里写问题，情景写在下面'),
    ...fields,
    text('explain', '解析', '答完后显示：为什么对、常见错在哪'),
    str('source', '出处页面', '答案写在哪一页的哪一处，格式「页面id#锚点」，如 handbook/security/patrol#limit-patrol-times', { pattern: ANCHOR_PATTERN }),
    lines('tags', '标签', '岗位和类别，考试按岗位标签抽题，如 security、频次', optional),
    num('difficulty', '难度', '1 易、2 中、3 难；不填为 1', { min: 1, max: 3, required: false }),
  ];
  const options = (hint: string) =>
    list('options', '选项', hint, [text('text', '选项内容', '员工看到的一个选项'), bool('correct', '正确答案', '勾上表示这是正确答案')], {
      min: 2,
      max: 6,
      summary: '{{fields.text}}',
    });
  const one = '2 到 6 个选项。正确答案：在对的那一项勾选「正确答案」，只勾一项';
  return [
    { name: 'single', label: '单选题', widget: 'object', summary: '单选 · {{fields.prompt}}', fields: base([options(one)]) },
    {
      name: 'multiple',
      label: '多选题',
      widget: 'object',
      summary: '多选 · {{fields.prompt}}',
      fields: base([options('2 到 6 个选项。正确答案：把对的都勾选「正确答案」，至少一项，至少留一个错的')]),
    },
    { name: 'truefalse', label: '判断题', widget: 'object', summary: '判断 · {{fields.prompt}}', fields: base([bool('answer', '这句话是对的', '说法正确就勾上；说法错误就不勾', { required: true })]) },
    {
      name: 'order',
      label: '排序题',
      widget: 'object',
      summary: '排序 · {{fields.prompt}}',
      fields: base([
        lines('items', '正确顺序', '按正确的先后一格一步（至少 3 步）；或者不填，改用下面的预案和步骤', { required: false, min: 3 }),
        {
          name: 'plan',
          label: '取自应急预案',
          widget: 'relation',
          collection: 'emergencies',
          value_field: '{{slug}}',
          search_fields: ['title'],
          display_fields: ['title'],
          hint: '用预案里的步骤原文出题时选预案，再在下面按顺序填步骤编号',
          required: false,
        },
        lines('steps', '预案步骤编号', '按正确顺序填预案里步骤的编号（id），至少 3 个', { required: false, min: 3 }),
      ]),
    },
    {
      name: 'number',
      label: '填数字题',
      widget: 'object',
      summary: '填数字 · {{fields.prompt}}',
      fields: base([
        { ...num('answer', '答案', '固定答案的数字；用本项目自己的数字出题时不填，选下面的「项目信息」', { required: false }), value_type: 'float' },
        select('answerFact', '答案取自项目信息', '答案是各项目自己的数字（如电梯数）时选；和上面的「答案」只填一个', factChoices, optional),
        str('unit', '单位', '如 分钟、部、次'),
        { ...num('tolerance', '允许误差', '答案上下差多少算对；不填为 0', { required: false, min: 0 }), value_type: 'float' },
      ]),
    },
    {
      name: 'match',
      label: '配对题',
      widget: 'object',
      summary: '配对 · {{fields.prompt}}',
      fields: base([
        list('pairs', '配对', '左边和右边一一对应，至少 2 对；练习时右边会打乱', [str('left', '左边', '如 大堂、电梯轿厢'), str('right', '右边（对应的答案）', '如 1 小时内')], {
          min: 2,
          summary: '{{fields.left}} → {{fields.right}}',
        }),
      ]),
    },
    {
      name: 'scenario',
      label: '情景题',
      widget: 'object',
      summary: '情景 · {{fields.prompt}}',
      fields: base([text('situation', '情景', '现场发生了什么：时间、地点、看到听到什么'), options(one)]),
    },
  ] as Field[];
}

export function cmsConfig(inputs: CmsInputs): Record<string, unknown> {
  const actorChoices = choices(inputs.actors);
  const roleChoices = choices(inputs.roles);
  const contactChoices = choices(Object.fromEntries(Object.entries(inputs.contacts).map(([k, c]) => [k, c.name])));
  const factChoices = choices(Object.fromEntries(Object.entries(FACTS).map(([k, v]) => [k, v.label])));
  const mdx = (name: string, label: string, folder: string, fields: Field[], extra: Record<string, unknown> = {}) => ({
    name,
    label,
    label_singular: label,
    folder,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    slug: '{{slug}}',
    identifier_field: 'title',
    fields: [...fields, text('body', '正文（Markdown）', '页面正文，原样保存。<Phone id="…" /> 这类标记不要改动；不会写就只改文字')],
    ...extra,
  });
  const yamlFolder = (name: string, label: string, folder: string, fields: Field[], extra: Record<string, unknown> = {}) => ({
    name,
    label,
    label_singular: label,
    folder,
    extension: 'yaml',
    format: 'yaml',
    create: true,
    slug: '{{slug}}',
    identifier_field: 'title',
    fields,
    ...extra,
  });

  const planStep = [
    id('步骤编号，如 call-119；演练和排序题靠它引用'),
    select('role', '谁来做', '做这一步的岗位', actorChoices),
    text('action', '做什么', '一句话写清动作'),
    { ...num('withinMinutes', '时限（分钟）', '只有出处写明了分钟数才填，并在下面填时限出处', { required: false, min: 0 }), value_type: 'float' },
    str('limitSource', '时限出处', '规定这个时限的出处键（也要列在本预案的出处里）', optional),
    str('when', '时机', '没有分钟数时写：立即 / 尽快 / 同步', optional),
    bool('critical', '关键步骤', '漏了会出人命或大事故的步骤'),
    text('why', '为什么', '这一步的理由，可不填', optional),
    str('condition', '适用情况', '不是每次都要做时写明什么情况下做，30 字以内', optional),
  ];
  const handbookFields = [
    ...findable(),
    num('order', '排序', '在栏目里的先后，小的在前；不填为 100', optional),
    select('roles', '适用岗位', '这页主要给哪些岗位看', roleChoices, { multiple: true, required: false }),
    list(
      'timeLimits',
      '时限与标准',
      '页面里的数字规定，题目和演练会引用',
      [
        id('时限编号，如 gate；页面锚点是 limit-编号'),
        text('what', '什么事', '如 小区大门20米内的垃圾'),
        str('limit', '规定', '写给人看的，如 5分钟内清理'),
        select(
          'kind',
          '类别',
          '不填为时限',
          ['时限', '频次', '数量', '标准'].map((v) => ({ label: v, value: v })),
          optional,
        ),
        { ...num('value', '数值', '规定里的数字，如 5', optional), value_type: 'float' },
        str('unit', '单位', '如 分钟', optional),
        str('source', '出处', '出处键，可不填', optional),
      ],
      { required: false, summary: '{{fields.what}}：{{fields.limit}}' },
    ),
    list(
      'steps',
      '步骤',
      '流程的步骤，页面锚点是 step-编号',
      [id('步骤编号'), text('text', '内容', '这一步做什么'), str('role', '谁来做', '可不填', optional), str('limit', '时限', '可不填', optional)],
      { required: false, summary: '{{fields.text}}' },
    ),
  ];

  const projectContacts = Object.entries(inputs.contacts).map(([key, c]) =>
    obj(
      key,
      c.name,
      c.project ? '本项目必须填的号码' : '本项目有自己的号码或单位名称时才填',
      [
        str('name', '单位名称', '如 某某电梯维保有限公司', optional),
        str('phone', '电话', '如 0571-8123 4567', { required: false, pattern: PHONE_PATTERN }),
        str('how', '怎么联系', '没有电话时写联系方式', optional),
        str('note', '备注', '显示在号码旁边', optional),
      ],
      { required: false, collapsed: !c.project },
    ),
  );
  const projectFacts = (Object.entries(FACTS) as [FactId, (typeof FACTS)[FactId]][]).map(([key, v]) =>
    v.unit ? { ...num(key, `${v.label}（${v.unit}）`, '只写数字；不知道就不填', optional), value_type: 'float' } : str(key, v.label, '不知道就不填', optional),
  );

  return {
    // Where the online editor commits (docs/EDITING.md). On a PC with the repository checked out,
    // 「使用本地仓库」 edits the files directly instead: Sveltia offers it when served from localhost.
    backend: inputs.backend,
    publish_mode: 'simple',
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    app_title: '手册内容编辑',
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none' } },
    collections: [
      {
        name: 'projects',
        label: '项目信息',
        label_singular: '项目',
        description: '每个项目（小区、写字楼…）的名称、电话和数字。改完运行 npm run check:launch 检查能否上线',
        folder: 'content/projects',
        extension: 'yaml',
        format: 'yaml',
        create: true,
        slug: '{{slug}}',
        identifier_field: 'name',
        fields: [
          str('name', '项目名称', '如 某某花园小区'),
          select(
            'kind',
            '项目类型',
            '',
            ['小区', '写字楼', '商业综合体', '产业园', '其他'].map((v) => ({ label: v, value: v })),
          ),
          bool('demo', '示例数据', '勾上表示是示例，页面会标「示例数据」，不能上线'),
          str('siteUrl', '网址', '本项目手册的完整网址，如 https://shouce.example.cn/（墙卡二维码用它）'),
          str('address', '地址', '可不填', optional),
          obj('contacts', '电话与单位', '本项目的联系电话；公司统一的号码不用填', projectContacts, { required: false }),
          obj('facts', '项目数字', '题目和页面用到的本项目数字，如电梯数', projectFacts, { required: false }),
          select('posts', '本项目有的岗位', '没有的岗位，预案和演练会按「本项目没有」处理', choices(Object.fromEntries(inputs.posts.map((p) => [p, inputs.actors[p] ?? p]))), {
            multiple: true,
            required: false,
          }),
          select('sameNumberOk', '确实共用一个号码的联系方式', '上线检查提示「要确认：…是同一个号码」、而且确实如此时勾上这几项', contactChoices, { multiple: true, required: false }),
          lines('numberOk', '核对过的号码', '上线检查提示「要确认：…结尾是 4 个相同的数字」、核对无误时把号码写在这里', { required: false }),
        ],
      },
      yamlFolder(
        'quizzes',
        '题库',
        'content/quizzes',
        [
          str('title', '题库名称', '如 秩序维护题库'),
          text('summary', '简介', '这个题库考什么'),
          select('roles', '适用岗位', '哪些岗位练这个题库', roleChoices, { multiple: true, required: false }),
          {
            name: 'questions',
            label: '题目',
            label_singular: '题目',
            widget: 'list',
            hint: '先选题型再填。选择题在对的选项上勾「正确答案」，不用数第几项',
            typeKey: 'type',
            types: questionTypes(inputs, factChoices),
            min: 1,
          },
        ],
        { description: '练习和考试的题目。改完运行 npm run check:content：它会检查出处、答案分布和说法' },
      ),
      yamlFolder('exams', '考试', 'content/exams', [
        str('title', '考试名称', '如 秩序维护员上岗考核'),
        { name: 'role', label: '岗位', widget: 'relation', collection: 'roles', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], hint: '这套考试考哪个岗位' },
        {
          name: 'banks',
          label: '题库',
          widget: 'relation',
          collection: 'quizzes',
          value_field: '{{slug}}',
          search_fields: ['title'],
          display_fields: ['title'],
          multiple: true,
          min: 1,
          hint: '从哪些题库抽题',
        },
        lines('tags', '标签', '只抽带这些标签的题；不填则题库里的题都可抽', optional),
        num('count', '题数', '抽多少题', { min: 1 }),
        num('minutes', '限时（分钟）', '考试时长', { min: 1 }),
        { ...num('pass', '及格分', '百分制，如 80', { min: 0, max: 100 }), value_type: 'float' },
        str('seed', '抽题批次', '改这个值就换一批题（如 2026-11）；已发出的考试不要改', optional),
      ]),
      yamlFolder('checklists', '检查表', 'content/checklists', [
        str('title', '名称', '如 巡逻岗每班巡查'),
        text('summary', '简介', '什么时候、谁、查什么'),
        { name: 'role', label: '岗位', widget: 'relation', collection: 'roles', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], hint: '谁来查' },
        select(
          'cadence',
          '频次',
          '',
          Object.entries(CADENCE_LABEL).map(([value, label]) => ({ label, value })),
        ),
        list(
          'items',
          '检查项',
          '一条一项，写清看什么、怎样算合格',
          [id('检查项编号，如 fire-exits；记录按它保存'), text('text', '检查内容', ''), str('source', '依据页面', '格式「页面id#锚点」，可不填', { required: false, pattern: ANCHOR_PATTERN })],
          { min: 1, summary: '{{fields.text}}' },
        ),
        bool('signoff', '要签字', '查完要负责人签字确认'),
        sourcesField,
      ]),
      yamlFolder(
        'drills',
        '演练',
        'content/drills',
        [
          str('title', '演练名称', '如 深夜电梯困人；不能和别的页面同名'),
          text('summary', '简介', '一两句话：出了什么事、学员扮演谁、要做到什么'),
          {
            name: 'plan',
            label: '对应的应急预案',
            widget: 'relation',
            collection: 'emergencies',
            value_field: '{{slug}}',
            search_fields: ['title'],
            display_fields: ['title'],
            hint: '演练按这个预案评分：选项里的「预案步骤」和「违反的禁止事项」都从这个预案里找编号',
          },
          select('role', '学员扮演的岗位', '演练里「你」是谁', actorChoices),
          str('startClock', '开始时刻', '故事开始时钟上的时间，24 小时制，如 02:10；演练时钟从这里走', { pattern: CLOCK_PATTERN }),
          str('start', '起始情境', '从哪个情境开始：填下面「情境」里一项的编号，如 alarm', { pattern: SLUG_PATTERN }),
          list(
            'nodes',
            '情境',
            '一项一个情境：学员看到什么、能怎么做。结局也是一项（勾「结局」，不写选项）。选项的「下一个情境」填这里的编号',
            [
              id('情境编号，如 alarm、end-pry；「起始情境」和选项的「下一个情境」填的就是它'),
              text('text', '情境描述', '学员看到的情况：几点、在哪、看到听到什么。结局写事情最后怎样了'),
              bool('end', '结局', '勾上表示演练到这里结束；结局不写选项'),
              list(
                'choices',
                '选项',
                '学员可以怎么做，一项一个做法。对的和错的写得一样具体、一样长，不然挑最长的就能过关',
                [
                  text('text', '做法', '学员看到的一个选项'),
                  str('step', '对应的预案步骤', '这个做法做的是预案「处置步骤」里的哪一步：填那一步的编号，如 notify-maintainer。做错的、和预案无关的不填', { required: false, pattern: SLUG_PATTERN }),
                  { ...num('minutes', '用时（分钟）', '这个做法花掉几分钟，演练时钟按它往前走；不花时间填 0', { min: 0 }), value_type: 'float' },
                  str('critical', '违反的禁止事项', '这个做法犯了预案「绝对不能做」里的哪一条：填那一条的编号，如 pry-doors。犯了就是严重错误；不犯不填', { required: false, pattern: SLUG_PATTERN }),
                  text('feedback', '点评', '选完后给学员看：为什么对、错在哪', optional),
                  str('next', '下一个情境', '选了之后去哪：填本演练「情境」里一项的编号，如 notify 或 end-pry；不能回到前面走过的情境', { pattern: SLUG_PATTERN }),
                ],
                { required: false, summary: '{{fields.text}}' },
              ),
            ],
            { min: 1, summary: '{{fields.id}}：{{fields.text}}' },
          ),
        ],
        { description: '演练：情境一个接一个，学员选做法。改完运行 npm run check:content：它会检查编号能不能对上、每个情境走不走得到、有没有死路' },
      ),
      mdx(
        'emergencies',
        '应急预案',
        'content/emergencies',
        [
          ...findable(),
          select(
            'category',
            '类别',
            '',
            ['自然灾害', '公共卫生', '消防', '治安', '人身伤害', '工程故障', '客户事件'].map((v) => ({ label: v, value: v })),
          ),
          num('order', '排序', '在预案列表里的先后，小的在前；不填为 100', optional),
          select('roles', '涉及岗位', '预案里要做事的岗位，至少一个', actorChoices, { multiple: true, min: 1 }),
          select('contacts', '要打的电话', '预案页顶部列出的联系人，至少一个', contactChoices, { multiple: true, min: 1 }),
          lines('firstActions', '最先做的事', '最多 3 条，情急之下记得住的', { min: 1, max: 3 }),
          list('steps', '处置步骤', '按先后写，至少 2 步', planStep, { min: 2, summary: '{{fields.action}}' }),
          list('never', '绝对不能做', '至少一条', [id('编号，如 no-lift；演练里的危险选项引用它'), text('text', '不能做什么', ''), text('why', '为什么', '可不填', optional)], {
            min: 1,
            summary: '{{fields.text}}',
          }),
          lines('record', '要记录的', '事后记录里必须写的内容，至少一条', { min: 1 }),
          lines('escalation', '上报', '什么情况报给谁，至少一条', { min: 1 }),
        ],
        { description: '应急预案：抬头、步骤和禁止事项在表单里，正文是下面的 Markdown' },
      ),
      ...Object.entries(inputs.sections).map(([section, title]) => mdx(`handbook-${section}`, `手册 · ${title}`, `content/handbook/${section}`, handbookFields, { create: true })),
      mdx('roles', '岗位', 'content/roles', [
        ...findable(),
        num('order', '排序', '不填为 100', optional),
        select('actor', '对应的预案岗位', '预案步骤里这个岗位的叫法', actorChoices),
        list('posts', '岗位细分', '如 门岗、巡逻岗，各写职责', [str('name', '名称', ''), lines('duties', '职责', '至少一条', { min: 1 })], { required: false, summary: '{{fields.name}}' }),
        lines('duties', '职责', '至少一条', { min: 1 }),
        list('kpis', '考核指标', '', [str('name', '指标', ''), str('target', '目标', ''), str('source', '出处', '可不填', optional)], {
          required: false,
          summary: '{{fields.name}}：{{fields.target}}',
        }),
        obj('rhythm', '工作节奏', '每天、每周、每月固定要做的', [lines('daily', '每天', '', optional), lines('weekly', '每周', '', optional), lines('monthly', '每月', '', optional)], {
          required: false,
        }),
        list('mustKnow', '必须知道', '新人必须掌握的要点，各指向一个页面', [text('text', '要点', ''), str('ref', '页面', '格式「页面id#锚点」', { pattern: ANCHOR_PATTERN })], {
          required: false,
          summary: '{{fields.text}}',
        }),
        list(
          'path',
          '学习路径',
          '新人按顺序学的内容',
          [
            select('kind', '类型', '', [...Object.entries(PATH_KIND_EDITOR_LABEL).map(([value, label]) => ({ label, value }))]),
            str('ref', '指向', '阅读写「页面id#锚点」，其他写题库/演练/检查表/岗位的编号'),
            str('label', '显示名称', '可不填', optional),
            { ...num('pass', '及格分', '题库和演练的及格线（百分制）', { required: false, min: 0, max: 100 }), value_type: 'float' },
          ],
          { required: false, summary: '{{fields.kind}} {{fields.ref}}' },
        ),
      ]),
      mdx('day', '一天的工作', 'content/day', [
        ...findable(),
        { name: 'role', label: '岗位', widget: 'relation', collection: 'roles', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], hint: '谁的一天' },
        list(
          'slots',
          '时间段',
          '按时间先后，至少 3 段',
          [
            str('time', '开始', '如 07:30', { pattern: CLOCK_PATTERN }),
            str('end', '结束', '可不填', { required: false, pattern: CLOCK_PATTERN }),
            str('title', '做什么', ''),
            lines('tasks', '事项', '至少一条', { min: 1 }),
            str('ref', '页面', '格式「页面id#锚点」，可不填', { required: false, pattern: ANCHOR_PATTERN }),
          ],
          { min: 3, summary: '{{fields.time}} {{fields.title}}' },
        ),
        list('weekly', '每周', '', [str('when', '哪天', ''), str('task', '做什么', ''), str('ref', '页面', '可不填', { required: false, pattern: ANCHOR_PATTERN })], {
          required: false,
          summary: '{{fields.when}} {{fields.task}}',
        }),
        list('monthly', '每月', '', [str('when', '什么时候', ''), str('task', '做什么', ''), str('ref', '页面', '可不填', { required: false, pattern: ANCHOR_PATTERN })], {
          required: false,
          summary: '{{fields.when}} {{fields.task}}',
        }),
      ]),
      {
        name: 'sources',
        label: '出处登记',
        description: '页面、题目和预案「出处」里写的出处键，都要在这里登记',
        files: [
          {
            name: 'sources',
            label: '出处登记',
            file: 'content/sources.yaml',
            format: 'yaml',
            fields: [
              list(
                'sources',
                '出处',
                '一项一份资料：公司资料、国家标准、法规或行业做法',
                [
                  str('id', '出处键（英文）', '各处「出处」里写的就是它，如 seed-001、tsg-t5002。只能用小写英文、数字和连字符，不能重复；已经有页面引用的不要改', { pattern: SLUG_PATTERN }),
                  str('title', '资料名称', '全称，标准和法规带编号，如 TSG T5002-2017《电梯维护保养规则》'),
                  select('kind', '类别', '', [
                    { label: '公司资料', value: 'seed' },
                    { label: '国家或行业标准', value: 'standard' },
                    { label: '法律法规', value: 'law' },
                    { label: '行业通行做法', value: 'practice' },
                  ]),
                  str('file', '资料文件', '公司资料的文件名，如 001_f9cd7f4a90b3e717.txt；没有就不填', optional),
                  str('url', '网址', '网上能查到原文的地址；没有就不填', optional),
                ],
                { min: 1, summary: '{{fields.id}}　{{fields.title}}' },
              ),
            ],
          },
        ],
      },
      {
        name: 'aliases',
        label: '口语词表',
        description: '员工嘴上的说法 → 手册里的说法：搜索时用',
        files: [
          {
            name: 'aliases',
            label: '口语词表',
            file: 'content/aliases.yaml',
            format: 'yaml',
            fields: [
              list(
                'aliases',
                '口语词',
                '一项一个说法。员工搜「困梯」，就按「困人」去找，并把「电梯困人」那页排在前面',
                [
                  str('word', '口头说法', '员工会说、会打的词，如 困梯、跑水；不能和别的项重复'),
                  str('to', '手册里的说法', '页面里用的规范说法，如 困人；必须是下面那个页面上真的有的词'),
                  str('page', '通常指的页面', '页面地址里的 id，不带 #，如 emergency/lift-entrapment；说不准指哪页就不填', {
                    required: false,
                    pattern: ['^[a-z0-9/-]+$', '只写页面 id，如 emergency/lift-entrapment'],
                  }),
                ],
                { min: 1, summary: '{{fields.word}} → {{fields.to}}' },
              ),
            ],
          },
        ],
      },
    ],
  };
}
