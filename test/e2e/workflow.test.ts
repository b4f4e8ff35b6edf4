/**
 * The replication workflow as a locality uses it, for two different models: every stage filled,
 * kept across a reload, carried to a fresh browser by export → import, the plan downloaded as a
 * Word file and the registration as YAML that the build's content check accepts. Typed markup stays
 * text; unreadable stored data is offered back, never dropped; axe finds nothing on any stage.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openSession, type PageReport, type Session } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const work = mkdtempSync(join(tmpdir(), 'mhtb-workflow-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const STAGES = ['khao-sat', 'ke-hoach', 'trien-khai', 'danh-gia', 'dang-ky'];

interface WfData {
  slug: string;
  model: { unitTypes: string[]; settingTraits: string[]; replication: { capacities: string[]; steps: unknown[]; indicators: { id: string }[] } };
  provinces: { id: string; label: { lat: number; lon: number } }[];
}

/** The two workflow pages with the most steps: the fullest walk through every stage. */
async function pickModels(): Promise<string[]> {
  const html = await (await fetch(new URL('/nhan-rong/', baseUrl))).text();
  const slugs = [...new Set([...html.matchAll(/href="\/mo-hinh\/([a-z0-9-]+)\/nhan-rong\/"/g)].map((m) => m[1]!))];
  const steps = await Promise.all(
    slugs.map(async (s) => ((await (await fetch(new URL(`/mo-hinh/${s}/nhan-rong/`, baseUrl))).text()).match(/data-bind="checklist\.\d+\.owner"/g) ?? []).length),
  );
  return slugs.map((s, i) => ({ s, n: steps[i]! })).sort((a, b) => b.n - a.n).slice(0, 2).map((x) => x.s);
}

async function openWorkflow(session: Session, slug: string, hash = ''): Promise<{ page: Page; report: PageReport }> {
  const opened = await session.newPage();
  await opened.page.goto(new URL(`/mo-hinh/${slug}/nhan-rong/${hash}`, baseUrl).href);
  await opened.page.waitForSelector('[data-wf][data-ready]');
  return opened;
}

async function stage(page: Page, id: string) {
  await page.click(`[data-stage-link="${id}"]`);
  await page.waitForSelector(`#${id}:not([hidden])`);
}

/** Every bound control's value, by path: what the user would see. */
function snapshot(page: Page): Promise<Record<string, string | boolean>> {
  return page.$$eval('[data-bind]', (els) =>
    Object.fromEntries(
      (els as HTMLInputElement[]).map((el, i) => [
        `${i}:${el.dataset.bind}${el.type === 'checkbox' || el.type === 'radio' ? `=${el.value}` : ''}`,
        el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value,
      ]),
    ),
  );
}

async function saveDownload(page: Page, click: () => Promise<unknown>, name: string): Promise<{ path: string; suggested: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(work, name);
  await download.saveAs(path);
  return { path, suggested: download.suggestedFilename() };
}

let models: string[];
beforeAll(async () => {
  models = await pickModels();
});

describe('replication workflow', () => {
  it('has two different models to walk through', () => {
    expect(models).toHaveLength(2);
    expect(models[0]).not.toBe(models[1]);
  });

  for (const index of [0, 1]) {
    it(`walks every stage for model #${index + 1}, keeps it, exports and imports it`, async () => {
      const slug = models[index]!;
      const locality = index === 0 ? 'Xã Thử Nghiệm' : 'Phường Kiểm Tra';
      const session = await openSession();
      try {
        const { page, report } = await openWorkflow(session, slug);
        const data = JSON.parse((await page.textContent('#wf-data'))!) as WfData;
        const province = data.provinces[0]!;
        const axe: Record<string, unknown> = {};

        // 1. Survey and fit
        await page.fill('[data-bind="profile.name"]', locality);
        await page.selectOption('[data-bind="profile.province"]', province.id);
        await page.selectOption('[data-bind="profile.unitType"]', data.model.unitTypes[0]!);
        for (const t of data.model.settingTraits.slice(0, 1)) await page.check(`[data-bind="profile.traits"][value="${t}"]`);
        for (const c of data.model.replication.capacities) await page.check(`[data-bind="profile.capacities"][value="${c}"]`);
        await page.fill('[data-bind="profile.leadUnit"]', `Công an ${locality}`);
        await page.fill('[data-bind="profile.population"]', '12.500');
        await page.fill('[data-bind="profile.households"]', '3.100');
        await page.fill('[data-bind="profile.budget"]', '50.000.000');
        await page.selectOption('[data-bind="profile.funding"]', 'ket-hop');
        await page.fill('[data-bind="profile.problem"]', `Trộm cắp tài sản ${MARKUP}`);
        for (const box of await page.$$('[data-bind^="prerequisites."]')) await box.check();
        await expect.poll(() => page.textContent('[data-out="fit"]')).toMatch(/\d+\/100/);
        expect(await page.textContent('[data-out="fit"]')).toContain('Điều đã biết về tác dụng');
        // Each group of reasons has a heading saying what it is (the chosen unit type always matches).
        const reasonHeadings = await page.$$eval('[data-out="fit"] .wf-reasons h4', (hs) => hs.map((h4) => h4.textContent ?? ''));
        expect(reasonHeadings).toContain('Phù hợp');
        expect(reasonHeadings.filter((t) => t.trim() === '')).toEqual([]);
        expect(await page.textContent('[data-out="similar"]')).not.toBe('');
        axe['khao-sat'] = await axeViolations(page);

        // 2. Plan, with the Word download
        await stage(page, 'ke-hoach');
        await page.fill('[data-bind="plan.startDate"]', '2025-01-06');
        if (data.model.replication.steps.length) await page.fill('[data-bind="plan.weeks.0"]', '3');
        await page.fill('[data-bind="plan.defaultWeeks"]', '4');
        await page.click('#ke-hoach summary');
        await page.fill('[data-bind="plan.issuer"]', `Ủy ban nhân dân ${locality}`);
        await page.fill('[data-bind="plan.parentBody"]', 'Tỉnh Thử');
        await page.fill('[data-bind="plan.docCode"]', 'KH-UBND');
        await page.fill('[data-bind="plan.placeName"]', locality);
        await page.fill('[data-bind="plan.signerOnBehalf"]', 'TM. Ủy ban nhân dân');
        await page.fill('[data-bind="plan.signerTitle"]', 'Chủ tịch');
        await page.fill('[data-bind="plan.signerName"]', `Nguyễn Văn A ${MARKUP}`);
        await page.fill('[data-bind="plan.recipients"]', 'Công an tỉnh;\nLưu: VT.');
        const planText = (await page.textContent('[data-out="plan"]'))!;
        expect(planText).toContain('KẾ HOẠCH');
        expect(planText).toContain(locality);
        expect(planText).toContain('dự kiến ngày 6/7/2025');
        axe['ke-hoach'] = await axeViolations(page);
        const docx = await saveDownload(page, () => page.click('[data-action="download-docx"]'), `plan-${index}.docx`);
        expect(docx.suggested).toMatch(/\.docx$/);
        const bytes = readFileSync(docx.path);
        expect(bytes.byteLength).toBeGreaterThan(0);
        const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
        expect(xml).toContain('KẾ HOẠCH');
        expect(xml).toContain(locality);
        expect(xml).toContain('Times New Roman');

        // 3. Checklist
        await stage(page, 'trien-khai');
        for (let i = 0; i < data.model.replication.steps.length; i++) {
          await page.fill(`[data-bind="checklist.${i}.owner"]`, `Tổ công tác ${i + 1}`);
          await page.fill(`[data-bind="checklist.${i}.due"]`, '2025-03-01');
          await page.fill(`[data-bind="checklist.${i}.done"]`, '2025-02-20');
          await page.fill(`[data-bind="checklist.${i}.notes"]`, `Ghi chú ${MARKUP}`);
        }
        if (data.model.replication.steps.length) expect(await page.textContent('[data-out="progress"]')).toContain(`${data.model.replication.steps.length}/`);
        axe['trien-khai'] = await axeViolations(page);

        // 4. Reviews
        await stage(page, 'danh-gia');
        for (const [type, date] of [['so-ket', '2025-07-06'], ['tong-ket', '2026-01-06']] as const) {
          await page.fill(`[data-bind="reviews.${type}.date"]`, date);
          for (const ind of data.model.replication.indicators) {
            await page.fill(`[data-bind="reviews.${type}.values.${ind.id}.baseline"]`, '10');
            await page.fill(`[data-bind="reviews.${type}.values.${ind.id}.value"]`, type === 'so-ket' ? '6' : '4');
          }
          await page.fill(`[data-bind="reviews.${type}.findings"]`, `Nhận xét ${type} ${MARKUP}`);
          await page.check(`[data-bind="reviews.${type}.decision"][value="${type === 'so-ket' ? 'tiep-tuc' : 'dieu-chinh'}"]`);
        }
        axe['danh-gia'] = await axeViolations(page);

        // 5. Registration: errors beside the fields until they are fixed
        await stage(page, 'dang-ky');
        await expect.poll(() => page.isVisible('[data-error-for="coordinates.lat"]')).toBe(true);
        expect(await page.textContent('[data-error-for="coordinates.lat"]')).toContain('thiếu trường bắt buộc');
        await page.fill('[data-bind="registration.communeCode"]', '123');
        expect(await page.textContent('[data-error-for="commune.code"]')).toContain('mã xã gồm 5 chữ số');
        axe['dang-ky (lỗi)'] = await axeViolations(page);
        await page.fill('[data-bind="registration.communeName"]', locality);
        // A made-up locality has no official code: the build checks a code against today's units.
        await page.fill('[data-bind="registration.communeCode"]', '');
        await page.fill('[data-bind="registration.lat"]', String(province.label.lat));
        await page.fill('[data-bind="registration.lon"]', String(province.label.lon).replace('.', ','));
        await page.selectOption('[data-bind="registration.status"]', 'dang-hoat-dong');
        await page.fill('[data-bind="registration.teams"]', '3');
        await page.fill('[data-bind="registration.members"]', '24');
        await page.fill('[data-bind="registration.notes"]', `Ghi chú ${MARKUP}`);
        await expect.poll(() => page.textContent('[data-out="registration-errors"]')).toContain('Bản ghi hợp lệ');
        expect(await page.$$eval('[data-error-for]:not([hidden])', (els) => els.length)).toBe(0);
        axe['dang-ky'] = await axeViolations(page);
        const yaml = await saveDownload(page, () => page.click('[data-action="download-yaml"]'), `dk-${index}.yaml`);
        expect(yaml.suggested).toBe(`${locality === 'Xã Thử Nghiệm' ? 'xa-thu-nghiem' : 'phuong-kiem-tra'}.yaml`);

        // The YAML passes the build's content check when dropped into content/deployments/.
        const content = join(work, `content-${index}`);
        cpSync(process.env.CONTENT_DIR ?? 'content', content, { recursive: true });
        mkdirSync(join(content, 'deployments', slug), { recursive: true });
        cpSync(yaml.path, join(content, 'deployments', slug, yaml.suggested));
        const check = spawnSync(process.execPath, ['scripts/check-content.ts', '--content', content], { encoding: 'utf8' });
        expect(check.stderr).toBe('');
        expect(check.status).toBe(0);

        // Typed markup stayed text everywhere.
        expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(await page.$$('img[src="x"]')).toEqual([]);
        expect(await page.textContent('[data-out="yaml"]')).toContain('<img src=x');

        // Reload: everything kept.
        const before = await snapshot(page);
        await page.reload();
        await page.waitForSelector('[data-wf][data-ready]');
        expect(await snapshot(page)).toEqual(before);
        expect(await page.textContent('[data-out="saved"]')).toContain(locality);

        // Export, then import into a fresh browser profile: the same state.
        const exported = await saveDownload(page, () => page.click('[data-action="export"]'), `export-${index}.json`);
        expect(report.consoleErrors).toEqual([]);
        expect(report.failedRequests).toEqual([]);
        expect(axe).toEqual(Object.fromEntries(Object.keys(axe).map((k) => [k, []])));

        const fresh = await openSession();
        try {
          const other = await openWorkflow(fresh, slug);
          expect(await other.page.inputValue('[data-bind="profile.name"]')).toBe('');
          await other.page.setInputFiles('[data-action="import"]', exported.path);
          await expect.poll(() => other.page.textContent('[data-out="status"]')).toContain('Đã nhập hồ sơ');
          expect(await snapshot(other.page)).toEqual(before);
          await other.page.reload();
          await other.page.waitForSelector('[data-wf][data-ready]');
          expect(await snapshot(other.page)).toEqual(before);
          const again = await saveDownload(other.page, () => other.page.click('[data-action="export"]'), `export-again-${index}.json`);
          const strip = (p: string) => ({ ...JSON.parse(readFileSync(p, 'utf8')), updated: '' });
          expect(strip(again.path)).toEqual(strip(exported.path));
          expect(other.report.consoleErrors).toEqual([]);
        } finally {
          await fresh.close();
        }
        expect(session.blockedExternal).toEqual([]);
      } finally {
        await session.close();
      }
    });
  }

  it('offers unreadable stored data for download, explains, and starts clean', async () => {
    const slug = models[0]!;
    const session = await openSession();
    try {
      const { page, report } = await openWorkflow(session, slug);
      await page.evaluate((key) => localStorage.setItem(key, '{"version":1, hỏng'), `mhtb:nhan-rong:${slug}:xa-hong`);
      await page.reload();
      await page.waitForSelector('[data-wf][data-ready]');
      const box = page.locator('[data-wf-recovery]');
      expect(await box.isVisible()).toBe(true);
      expect(await box.textContent()).toContain('không đọc được');
      expect(await axeViolations(page)).toEqual([]);
      const saved = await saveDownload(page, () => box.getByText('Tải dữ liệu này về máy').click(), 'broken.txt');
      expect(readFileSync(saved.path, 'utf8')).toBe('{"version":1, hỏng');
      await box.getByText('Xóa và bắt đầu lại').click();
      expect(await box.isVisible()).toBe(false);
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mhtb:hong:') || k.endsWith(':xa-hong')))).toEqual([]);
      // The tool still works after recovery.
      await page.fill('[data-bind="profile.name"]', 'Xã Sau Khôi Phục');
      await page.reload();
      await page.waitForSelector('[data-wf][data-ready]');
      expect(await page.inputValue('[data-bind="profile.name"]')).toBe('Xã Sau Khôi Phục');
      expect(report.consoleErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('typing a new locality whose name passes through a saved one keeps both (no overwrite, no deletion)', async () => {
    const slug = models[0]!;
    const session = await openSession();
    try {
      const { page, report } = await openWorkflow(session, slug);
      await page.fill('[data-bind="profile.name"]', 'Long');
      await page.fill('[data-bind="profile.leadUnit"]', 'Công an xã Long');
      await page.click('[data-action="new"]');
      await page.locator('[data-bind="profile.name"]').pressSequentially('Long Hưng');
      await page.click('[data-action="new"]');
      await page.fill('[data-bind="profile.leadUnit"]', 'Chưa đặt tên 1');
      await page.click('[data-action="new"]');
      await page.fill('[data-bind="profile.leadUnit"]', 'Chưa đặt tên 2');
      await page.reload();
      await page.waitForSelector('[data-wf][data-ready]');
      const items = await page.$$eval('[data-out="saved"] li strong', (els) => els.map((e) => e.textContent).sort());
      expect(items).toEqual(['(chưa đặt tên)', '(chưa đặt tên)', 'Long', 'Long Hưng']);
      // The first one still has what was typed into it.
      const longIndex = await page.$$eval('[data-out="saved"] li', (lis) => lis.findIndex((li) => li.querySelector('strong')?.textContent === 'Long'));
      await page.locator('[data-out="saved"] li').nth(longIndex).getByRole('button', { name: 'Mở' }).click();
      expect(await page.inputValue('[data-bind="profile.leadUnit"]')).toBe('Công an xã Long');
      expect(report.consoleErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('keeps working and says so when the browser refuses to save (full or blocked storage)', async () => {
    const slug = models[0]!;
    const session = await openSession();
    try {
      const full = await session.newPage();
      await full.page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await full.page.goto(new URL(`/mo-hinh/${slug}/nhan-rong/`, baseUrl).href);
      await full.page.waitForSelector('[data-wf][data-ready]');
      await full.page.fill('[data-bind="profile.name"]', 'Xã Đầy Bộ Nhớ');
      await stage(full.page, 'ke-hoach');
      await full.page.fill('[data-bind="plan.startDate"]', '2025-01-06');
      await expect.poll(() => full.page.textContent('[data-out="status"]')).toBe(
        'Không lưu được vào trình duyệt: bộ nhớ trình duyệt dành cho trang này đã đầy. Hãy xuất tệp để giữ dữ liệu.',
      );
      // The page still updates: the plan shows the typed name and date.
      expect(await full.page.textContent('[data-out="plan"]')).toContain('Xã Đầy Bộ Nhớ');
      expect(await full.page.textContent('[data-out="plan"]')).toContain('6/1/2025');
      expect(full.report.consoleErrors).toEqual([]);

      const blocked = await session.newPage();
      await blocked.page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      for (const path of [`/mo-hinh/${slug}/nhan-rong/`, '/nhan-rong/']) {
        await blocked.page.goto(new URL(path, baseUrl).href);
        await blocked.page.waitForSelector('[data-wf][data-ready], [data-fit-form]:not([hidden])');
        await blocked.page.fill('[data-bind="profile.name"]', 'Xã Chặn Lưu');
        const statusSlot = path === '/nhan-rong/' ? '[data-out="rank-status"]' : '[data-out="status"]';
        await expect.poll(() => blocked.page.textContent(statusSlot)).toContain('Không lưu được vào trình duyệt: trình duyệt đang chặn lưu trữ');
        expect(await blocked.page.textContent(statusSlot)).toContain('Hãy xuất tệp để giữ dữ liệu.');
      }
      expect(await blocked.page.textContent('[data-out="rank-status"]')).toContain('Xã Chặn Lưu');
      expect(blocked.report.consoleErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('ranks every model for a locality on /nhan-rong/ and carries the profile into a model’s workflow', async () => {
    const session = await openSession();
    try {
      const { page, report } = await session.newPage();
      await page.goto(new URL('/nhan-rong/', baseUrl).href);
      await page.waitForSelector('[data-fit-form]:not([hidden])');
      const total = await page.$$eval('[data-out="ranking"] > li', (li) => li.length);
      await page.fill('[data-bind="profile.name"]', 'Phường Xếp Hạng');
      await page.selectOption('[data-bind="profile.unitType"]', 'phuong');
      await page.fill('[data-bind="profile.problem"]', MARKUP);
      const scores = await page.$$eval('[data-out="ranking"] > li > h3 .wf-score strong', (els) => els.map((e) => Number(e.textContent)));
      expect(scores).toHaveLength(total);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      await page.locator('[data-out="ranking"] details summary').first().click();
      expect(await page.locator('[data-out="ranking"] details').first().textContent()).toContain('Phù hợp với địa bàn');
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      await page.locator('[data-out="ranking"] a', { hasText: 'Nhân rộng mô hình này' }).first().click();
      await page.waitForSelector('[data-wf][data-ready]');
      expect(await page.inputValue('[data-bind="profile.name"]')).toBe('Phường Xếp Hạng');
      expect(await page.inputValue('[data-bind="profile.unitType"]')).toBe('phuong');
      expect(report.consoleErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('still shows the model’s steps and says the tool needs JavaScript when it is off', async () => {
    const session = await openSession({ javaScriptEnabled: false });
    try {
      const { page } = await session.newPage();
      await page.goto(new URL(`/mo-hinh/${models[0]}/nhan-rong/`, baseUrl).href);
      expect(await page.isVisible('[data-wf-nojs]')).toBe(true);
      expect(await page.textContent('[data-wf-nojs]')).toContain('cần bật JavaScript');
      expect(await page.isVisible('[data-wf-static]')).toBe(true);
      expect(await page.textContent('[data-wf-static]')).toContain('Chỉ số theo dõi');
      expect(await page.isVisible('[data-wf]')).toBe(false);
    } finally {
      await session.close();
    }
  });

  it('shows each stage on its own, reachable by address', async () => {
    const session = await openSession();
    try {
      for (const id of STAGES) {
        const { page } = await openWorkflow(session, models[1]!, `#${id}`);
        expect(await page.$$eval('[data-stage]:not([hidden])', (els) => els.map((e) => e.id))).toEqual([id]);
        expect(await page.getAttribute(`[data-stage-link="${id}"]`, 'aria-current')).toBe('step');
        await page.close();
      }
    } finally {
      await session.close();
    }
  });
});
