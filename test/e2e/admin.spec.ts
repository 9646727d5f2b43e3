/**
 * The content editor at /admin/ (issue 23). An editor on a PC opens it, works on the repository
 * in local mode (File System Access API) and changes a question and a project's phone number in
 * forms; the files written back must pass the content schemas and differ only by what was typed.
 * The repository is an Origin Private File System folder filled with content/, handed to Sveltia
 * through showDirectoryPicker, so no native picker is needed.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { hydrated } from './helpers.ts';
import { drillSchema } from '../../src/schemas/drill.ts';
import { projectSchema } from '../../src/schemas/project.ts';
import { quizBankSchema } from '../../src/schemas/quiz.ts';
import { aliasesFileSchema } from '../../src/schemas/site.ts';

// these tests need the offline worker (see playwright.config.ts)
test.use({ serviceWorkers: 'allow' });

// Sveltia is a desktop app of 2 MB: a PC window, and room for a busy 2-core machine.
test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });
test.setTimeout(240_000);

const REPO = 'repo';
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));

/** Puts content/ (and an empty .git, which Sveltia takes as the mark of a repository root) in OPFS. */
async function fillRepository(page: Page) {
  const files = walk('content').map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  await page.evaluate(
    async ({ files, repo }) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(repo, { create: true });
      await root.getDirectoryHandle('.git', { create: true });
      for (const f of files) {
        const parts = f.path.split('/');
        let dir = root;
        for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
        const w = await (await dir.getFileHandle(parts[parts.length - 1], { create: true })).createWritable();
        await w.write(f.text);
        await w.close();
      }
    },
    { files, repo: REPO },
  );
}

const readBack = (page: Page, path: string) =>
  page.evaluate(
    async ({ path, repo }) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(repo);
      const parts = path.split('/');
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p);
      return (await (await dir.getFileHandle(parts[parts.length - 1])).getFile()).text();
    },
    { path, repo: REPO },
  );

/** /admin/ in local mode on the OPFS repository: the way an editor starts on their PC. */
async function openLocalRepository(page: Page, context: BrowserContext) {
  await context.addInitScript((repo) => {
    // the "choose a folder" dialog answers with the OPFS folder
    Object.defineProperty(window, 'showDirectoryPicker', { value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(repo) });
  }, REPO);
  await page.goto('/admin/');
  await fillRepository(page);
  await page.getByRole('button', { name: '使用本地仓库' }).click({ timeout: 90_000 });
  await expect(page.getByRole('button', { name: '创建条目或资源' })).toBeVisible({ timeout: 90_000 });
}

async function save(page: Page) {
  const saved = page.getByText('条目已保存。');
  // the notice of an earlier save may still be up; only a new one says this save is written
  await expect(saved).toBeHidden({ timeout: 60_000 });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(saved).toBeVisible({ timeout: 60_000 });
}

test('an editor changes a question and a project phone number in forms, and the files say exactly that', async ({ page, context, baseURL }) => {
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'blob:' && u.protocol !== 'data:' && u.origin !== new URL(baseURL ?? '').origin) elsewhere.push(r.url());
  });
  await openLocalRepository(page, context);

  // ── a question: its prompt, and which option is right ──
  const bankFile = 'content/quizzes/security.yaml';
  const before = quizBankSchema.parse(parse(readFileSync(bankFile, 'utf8')));
  const first = before.questions[0];
  if (first.type !== 'single') throw new Error('security.yaml 的第一题应为单选题');
  const newRight = first.answer === 0 ? 1 : 0;
  const prompt = '巡逻岗的路线、轮次和出发时间，按什么来定？';

  await page.goto(`/admin/#/collections/quizzes/entries/security`);
  const editor = page.getByRole('group', { name: /编辑/ }).first();
  const q = editor
    .getByRole('group')
    .filter({ has: page.getByRole('textbox', { name: '编号（英文）' }) })
    .first();
  await expect(q.getByRole('textbox', { name: '编号（英文）' })).toHaveValue(first.id, { timeout: 90_000 });
  await q.getByRole('textbox', { name: '题干' }).fill(prompt);
  // Sveltia draws list items as they scroll into view
  await q.getByRole('group', { name: /「.选项.」字段/ }).scrollIntoViewIfNeeded();
  await q.getByRole('button', { name: /添加 .选项/ }).scrollIntoViewIfNeeded();
  const right = q.getByRole('switch', { name: '正确答案' });
  await expect(q.getByRole('textbox', { name: '选项内容' }).nth(first.answer)).toHaveValue(first.options[first.answer]);
  await expect(right.nth(first.answer)).toBeChecked();
  await expect(right.nth(newRight)).not.toBeChecked();
  await right.nth(first.answer).click();
  await right.nth(newRight).click();
  await expect(right.nth(newRight)).toBeChecked();
  await save(page);

  const bank = quizBankSchema.parse(parse(await readBack(page, bankFile)));
  expect(bank).toEqual({ ...before, questions: [{ ...first, prompt, answer: newRight }, ...before.questions.slice(1)] });

  // ── a project's phone number ──
  const projectFile = 'content/projects/demo.yaml';
  const project = projectSchema.parse(parse(readFileSync(projectFile, 'utf8')));
  const phone = '0571-87654321';
  await page.goto(`/admin/#/collections/projects/entries/demo`);
  const centre = page.getByRole('group', { name: /「.物业服务中心 24 小时值班电话.」字段/ }).first();
  await centre.scrollIntoViewIfNeeded({ timeout: 90_000 });
  await page
    .getByRole('group', { name: /「.监控中心.」字段/ })
    .first()
    .scrollIntoViewIfNeeded();
  await expect(centre.getByRole('textbox', { name: '电话' })).toHaveValue(project.contacts['service-centre']?.phone ?? '', { timeout: 90_000 });
  await centre.getByRole('textbox', { name: '电话' }).fill(phone);
  await save(page);

  const projectAfter = projectSchema.parse(parse(await readBack(page, projectFile)));
  expect(projectAfter).toEqual({ ...project, contacts: { ...project.contacts, 'service-centre': { ...project.contacts['service-centre'], phone } } });

  // Chinese strings, fonts and the rest came from this site, not from a CDN
  expect(elsewhere).toEqual([]);
});

test('an editor changes a drill choice and a colloquial word in forms, and the files say exactly that', async ({ page, context }) => {
  await openLocalRepository(page, context);

  // ── a drill: the first choice of its first situation ──
  const drillFile = 'content/drills/night-lift-entrapment.yaml';
  const drill = drillSchema.parse(parse(readFileSync(drillFile, 'utf8')));
  const [firstId, first] = Object.entries(drill.nodes)[0];
  const choice = '马上按对讲回话：救援已经在安排，请他们站到轿厢中间、别碰门，问清几个人、身体怎么样';
  expect(first.choices[0].text).not.toBe(choice);
  await page.goto('/admin/#/collections/drills/entries/night-lift-entrapment');
  const editor = page.getByRole('group', { name: /编辑/ }).first();
  // list items are drawn as they scroll into view: the situations, then the first one's choices
  // (the list's own buttons sit at its top, where the first situation is)
  await editor.getByRole('button', { name: /添加 .情境/ }).scrollIntoViewIfNeeded({ timeout: 90_000 });
  const nodeId = editor.getByRole('textbox', { name: '编号（英文）' }).first();
  await nodeId.scrollIntoViewIfNeeded();
  await expect(nodeId).toHaveValue(firstId);
  await editor
    .getByRole('button', { name: /添加 .选项/ })
    .first()
    .scrollIntoViewIfNeeded();
  const doing = editor.getByRole('textbox', { name: '做法' }).first();
  await doing.scrollIntoViewIfNeeded();
  await expect(doing).toHaveValue(first.choices[0].text);
  await doing.fill(choice);
  await save(page);

  const drillAfter = drillSchema.parse(parse(await readBack(page, drillFile)));
  expect(drillAfter).toEqual({ ...drill, nodes: { ...drill.nodes, [firstId]: { ...first, choices: [{ ...first.choices[0], text: choice }, ...first.choices.slice(1)] } } });
  expect(Object.keys(drillAfter.nodes)).toEqual(Object.keys(drill.nodes));

  // ── a colloquial word: the first one in the list, renamed ──
  const aliasFile = 'content/aliases.yaml';
  const aliases = aliasesFileSchema.parse(parse(readFileSync(aliasFile, 'utf8')));
  const [oldWord] = Object.keys(aliases);
  const word = '电梯里困住了';
  expect(aliases[word]).toBeUndefined();
  await page.goto('/admin/#/collections/aliases/entries/aliases');
  const words = page.getByRole('group', { name: /编辑/ }).first();
  await words.getByRole('button', { name: /添加 .口语词/ }).scrollIntoViewIfNeeded({ timeout: 90_000 });
  const said = words.getByRole('textbox', { name: '口头说法' }).first();
  await said.scrollIntoViewIfNeeded();
  await expect(said).toHaveValue(oldWord);
  await said.fill(word);
  await save(page);

  const aliasesAfter = aliasesFileSchema.parse(parse(await readBack(page, aliasFile)));
  expect(Object.entries(aliasesAfter)).toEqual(Object.entries(aliases).map(([w, a]) => [w === oldWord ? word : w, a]));
});

test('staff pages load nothing from the editor, and the offline cache holds none of it', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  for (const path of ['/handbook/cleaning/garbage-retention/', '/emergency/fire/']) {
    asked.length = 0;
    await page.goto(path);
    await page.waitForLoadState('load');
    expect(
      asked.filter((p) => p.endsWith('.js') || p.startsWith('/admin/')),
      path,
    ).toEqual([]);
  }
  const sw = readFileSync('dist/sw.js', 'utf8');
  expect(sw).toContain('url:"handbook/cleaning/garbage-retention/index.html"');
  expect(sw).not.toMatch(/admin\//);
  // the editor itself is there for editors
  const res = await page.request.get('/admin/sveltia-cms.js');
  expect(res.ok()).toBe(true);
});

test("编辑此页 shows only to someone who turned it on in 我的, and leads to the page's entry in the editor", async ({ page }) => {
  const pages = [
    { path: '/handbook/cleaning/garbage-retention/', entry: '/admin/#/collections/handbook-cleaning/entries/garbage-retention' },
    { path: '/emergency/fire/', entry: '/admin/#/collections/emergencies/entries/fire' },
    { path: '/train/quiz/security/', entry: '/admin/#/collections/quizzes/entries/security' },
    { path: '/train/checklist/patrol-shift/', entry: '/admin/#/collections/checklists/entries/patrol-shift' },
    { path: '/train/drill/night-lift-entrapment/', entry: '/admin/#/collections/drills/entries/night-lift-entrapment' },
  ];
  const link = page.getByRole('link', { name: '编辑此页' });
  for (const p of pages) {
    await page.goto(p.path);
    await expect(link).toBeHidden();
  }
  await page.goto('/me/');
  await hydrated(page);
  await page.getByRole('checkbox', { name: /显示「编辑此页」/ }).check();
  for (const p of pages) {
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(p.path);
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', p.entry);
    expect(
      asked.filter((a) => a.startsWith('/admin/')),
      p.path,
    ).toEqual([]);
    page.removeAllListeners('request');
  }
  // and off again
  await page.goto('/me/');
  await hydrated(page);
  await page.getByRole('checkbox', { name: /显示「编辑此页」/ }).uncheck();
  await page.goto(pages[0].path);
  await expect(link).toBeHidden();
});
