/**
 * Photos as evidence on a run: taken through the camera input (a fixture image here), scaled down
 * before storing, shown on the step and on the record, printed, kept across a reload, carried by
 * the backup file — and a photo that cannot be stored never costs the run.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { hydrated } from './helpers';

/** A 3000×2000 picture with detail in it, as a phone camera would hand over (as PNG: no size advantage). */
function cameraPicture(): Buffer {
  const png = new PNG({ width: 3000, height: 2000 });
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      png.data[i] = (x * 7) % 256;
      png.data[i + 1] = (y * 5) % 256;
      png.data[i + 2] = ((x ^ y) * 3) % 256;
      png.data[i + 3] = 255;
    }
  return PNG.sync.write(png);
}
const picture = { name: 'IMG_20261207_0931.png', mimeType: 'image/png', buffer: cameraPicture() };

const storedPhotos = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ width: number; height: number; size: number; type: string }[]>((resolve, reject) => {
        const req = indexedDB.open('wuye-photos', 1);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction('photos').objectStore('photos').getAll();
          get.onsuccess = () => resolve(get.result.map((p: { width: number; height: number; blob: Blob }) => ({ width: p.width, height: p.height, size: p.blob.size, type: p.blob.type })));
        };
      }),
  );

async function startRun(page: Page) {
  await page.goto('/emergency/lift-entrapment/run/');
  await hydrated(page);
  await page.getByRole('button', { name: '开始处置（接报时间：现在）' }).click();
  await expect(page).toHaveURL(/\?run=i-/);
}

test('a photo on a step is scaled down, stored, shown on the step and the record, printed, and still there after a reload', async ({ page }) => {
  await startRun(page);
  const step = page.locator('[data-step="comfort"]');
  await step.locator('.step-tap').click();
  await step.locator('[data-photo-input]').setInputFiles(picture);
  await expect(step.getByRole('status')).toContainText('照片已保存');
  await expect(step.locator('img[data-photo]')).toBeVisible();
  const [stored] = await storedPhotos(page);
  expect(stored).toMatchObject({ width: 1280, height: 853, type: 'image/jpeg' });
  expect(stored.size).toBeLessThanOrEqual(200 * 1024);

  await page.reload();
  await hydrated(page);
  await expect(step.locator('img[data-photo]')).toBeVisible();
  expect(await step.locator('img[data-photo]').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1280);

  await page.getByRole('button', { name: '结束处置…' }).click();
  await page.getByRole('button', { name: '确定结束' }).click();
  const sheetPhoto = page.locator('[data-record] .sheet-photos img[data-photo]');
  await expect(sheetPhoto).toHaveAttribute('alt', /^照片 1：第 1 步/);
  await expect.poll(() => sheetPhoto.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1280);
  await page.emulateMedia({ media: 'print' });
  await expect(sheetPhoto).toBeVisible();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf).toMatch(/\/Subtype\s*\/Image/);

  // the record as a picture carries the photo under the text
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: /生成记录图片/ }).click();
  const img = page.locator('[data-record-picture]');
  await expect(img).toHaveAttribute('src', /^data:image\/png/);
  const height = async () => PNG.sync.read(Buffer.from((await img.getAttribute('src'))!.split(',')[1], 'base64')).height;
  const withPhoto = await height();
  // without the photo the picture is shorter by the photo's tile
  await page.getByRole('button', { name: '删除照片 1' }).click();
  await expect(page.locator('[data-record] img[data-photo]')).toHaveCount(0);
  const src = await img.getAttribute('src');
  await page.getByRole('button', { name: '重新生成记录图片' }).click();
  await expect(img).not.toHaveAttribute('src', src!);
  expect(withPhoto - (await height())).toBeGreaterThan(300);
});

test('a photo the phone cannot store is reported and the run keeps every stamp', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await startRun(page);
  const step = page.locator('[data-step="comfort"]');
  await step.locator('.step-tap').click();
  await step.locator('[data-photo-input]').setInputFiles(picture);
  await expect(step.getByRole('status')).toHaveText('照片没有存下（手机存储空间不足）；记录照常保存。');
  await expect(step.locator('img[data-photo]')).toHaveCount(0);
  await page.locator('[data-step="notify-maintainer"] .step-tap').click();
  await page.reload();
  await hydrated(page);
  await expect(page.locator('.run-step.is-done')).toHaveCount(2);
});

test('the backup file carries the photos; restored on a fresh phone, the record shows them again', async ({ browser }) => {
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await ctx.newPage();
  await startRun(page);
  const step = page.locator('[data-step="comfort"]');
  await step.locator('[data-photo-input]').setInputFiles(picture);
  await expect(step.locator('img[data-photo]')).toBeVisible();
  await page.goto('/me/');
  await hydrated(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出备份文件' }).click()]);
  const file = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(await download.path()) };
  expect(JSON.parse(file.buffer.toString()).photos).toHaveLength(1);
  await ctx.close();

  const fresh = await browser.newContext();
  const phone = await fresh.newPage();
  await phone.goto('/me/');
  await hydrated(phone);
  await phone.locator('input[type=file][accept*="json"]').setInputFiles(file);
  await expect(phone.locator('[data-backup-status]')).toContainText('恢复了 1 张照片');
  await phone.locator('[data-incident-log] a').first().click();
  await hydrated(phone);
  await expect(phone.locator('[data-step="comfort"] img[data-photo]')).toBeVisible();
  await fresh.close();
});

test('a failed checklist item takes a photo beside its 整改措施; it stays through a reload and goes into the saved round', async ({ page }) => {
  await page.goto('/train/checklist/patrol-shift/');
  await hydrated(page);
  const item = page.locator('.check-items > li').first();
  await expect(item.locator('[data-photo-input]')).toHaveCount(0);
  await item.locator('input[type=radio][value=fail]').check();
  await item.locator('[data-photo-input]').setInputFiles(picture);
  await expect(item.locator('img[data-photo]')).toBeVisible();
  await item.getByRole('textbox', { name: /整改措施/ }).fill('已报工程部更换灯管，今晚完成');
  await page.reload();
  await hydrated(page);
  await expect(item.locator('img[data-photo]')).toBeVisible();
  await page.getByLabel('执行人').fill('赵六');
  await page.getByRole('button', { name: '保存本次记录' }).click();
  await expect(page.locator('[data-history]')).toContainText('照片 1 张');
  expect(await storedPhotos(page)).toHaveLength(1);
});
