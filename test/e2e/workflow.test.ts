/**
 * The replication workflow as a locality uses it, for two different models: every stage filled,
 * kept across a reload, carried to a fresh browser by export → import, the plan downloaded as a
 * Word file and the registration as YAML that the build's content check accepts. Typed markup stays
 * text; unreadable stored data is offered back, never dropped; axe finds nothing on any stage.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openSession, type PageReport, type Session } from './harness/browser.ts';
import { pdfPages } from './harness/pdf.ts';
import { HEADER_COLUMNS, mottoFits } from '../../src/lib/workflow/official-document.ts';
import { FIT_DATA, modelWorkflowDataPath } from '../../src/lib/site/addresses.ts';
import type { similarRecord } from '../../src/lib/workflow/similar.ts';

type SimilarRecordFile = ReturnType<typeof similarRecord>[];

const baseUrl = inject('baseUrl');
const work = mkdtempSync(join(tmpdir(), 'mhtb-workflow-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const STAGES = ['khao-sat', 'ke-hoach', 'trien-khai', 'danh-gia', 'dang-ky'];

interface WfData {
  slug: string;
  model: {
    unitTypes: string[];
    settingTraits: string[];
    replication: { capacities: string[]; steps: unknown[]; indicators: { id: string }[] };
  };
  provinces: { id: string; label: { lat: number; lon: number } }[];
}

/** The records /nhan-rong/ downloads to rank the models: one per model. */
async function fitRecords(): Promise<{ slug: string }[]> {
  const res = await fetch(new URL(FIT_DATA, baseUrl));
  expect(res.ok).toBe(true);
  return (await res.json()) as { slug: string }[];
}

/** The two workflow pages with the most steps: the fullest walk through every stage. */
async function pickModels(): Promise<string[]> {
  const slugs = (await fitRecords()).map((r) => r.slug);
  const steps = await Promise.all(
    slugs.map(
      async (s) =>
        ((await (await fetch(new URL(`/mo-hinh/${s}/nhan-rong/`, baseUrl))).text()).match(/data-bind="checklist\.\d+\.owner"/g) ?? [])
          .length,
    ),
  );
  return slugs
    .map((s, i) => ({ s, n: steps[i]! }))
    .sort((a, b) => b.n - a.n)
    .slice(0, 2)
    .map((x) => x.s);
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
  // Stage 5's check is loaded when the stage is first shown.
  if (id === 'dang-ky') await page.waitForSelector('[data-wf][data-registration="ready"]');
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

/** The two officers of the issue: a border commune in Lào Cai and an urban ward in Hà Nội, on a phone and on a desk. */
const PERSONAS = [
  {
    who: 'a Lào Cai border-commune officer on a phone',
    viewport: { width: 390, height: 844 },
    model: 'ket-nghia-ban-ban',
    locality: 'Xã Y Tý',
    inText: 'xã Y Tý',
    province: 'lao-cai',
    unitType: 'xa',
    traits: ['bien-gioi', 'dan-toc-thieu-so'],
    problems: ['xam-pham-bien-gioi', 'xuat-nhap-canh-trai-phep', 'mua-ban-nguoi'],
    problemText: 'Qua lại biên giới trái phép',
    leadUnit: 'Công an xã Y Tý',
    issuerCaps: 'CÔNG AN XÃ Y TÝ',
    code: 'Số: …/KH-CAX',
    budget: '30 triệu',
    amountText: '30.000.000 đồng',
    funding: 'ngan-sach',
    ownBasis: 'Căn cứ Kế hoạch số 15/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân xã Y Tý;',
    signerOnBehalf: 'KT. Trưởng Công an',
    signerTitle: 'Phó Trưởng Công an',
    ownIndicator: 'Số vụ qua lại biên giới trái phép',
    commune: 'Xã Y Tý',
    formerQuery: 'a lù',
    formerName: 'xã A Lù, huyện Bát Xát',
  },
  {
    who: 'a Hà Nội ward officer at a desk',
    viewport: { width: 1280, height: 900 },
    model: 'camera-giam-sat-an-ninh-trat-tu',
    locality: 'Phường Cửa Nam',
    inText: 'phường Cửa Nam',
    province: 'ha-noi',
    unitType: 'phuong',
    traits: ['do-thi'],
    problems: ['trom-cap-tai-san', 'cuop-tai-san'],
    problemText: 'Trộm cắp, cướp giật tài sản',
    leadUnit: 'Công an phường Cửa Nam',
    issuerCaps: 'CÔNG AN PHƯỜNG CỬA NAM',
    code: 'Số: …/KH-CAP',
    budget: '200.000.000',
    amountText: '200.000.000 đồng',
    funding: 'ket-hop',
    ownBasis: 'Căn cứ Nghị quyết số 05/NQ-ĐU ngày 02/01/2025 của Đảng ủy phường Cửa Nam;',
    signerOnBehalf: 'KT. Trưởng Công an',
    signerTitle: 'Phó Trưởng Công an',
    ownIndicator: 'Số vụ cướp giật',
    commune: 'Phường Cửa Nam',
    formerQuery: 'hàng bông',
    formerName: 'phường Hàng Bông, quận Hoàn Kiếm',
  },
] as const;

/** Prints one document as the button does, to PDF (A4, the page's own @page rules), and reads the text back per page. */
async function printToText(page: Page, doc: string): Promise<string[]> {
  await page.click(`[data-action="print"][data-doc="${doc}"]`);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  // Lines wrap inside table cells and narrow columns: compare words, not line breaks.
  return (await pdfPages(pdf)).map((t) => t.replace(/\s+/g, ' '));
}

/** Downloads one document as Word and reads what a reviewer checks: text, motto cell, languages, page-number headers. */
async function docxOf(page: Page, doc: string, name: string) {
  const file = await saveDownload(page, () => page.click(`[data-action="docx"][data-doc="${doc}"]`), name);
  expect(file.suggested).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(readFileSync(file.path));
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^word\/header\d+\.xml$/.test(f))
      .map((f) => zip.file(f)!.async('string')),
  );
  const firstTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
  const mottoCell = [...firstTable.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)]
    .map((m) => m[0])
    .find((c) => c.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))!;
  return {
    path: file.path,
    text: [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    mottoCell: Number(/<w:tcW w:type="dxa" w:w="(\d+)"|<w:tcW w:w="(\d+)"/.exec(mottoCell)!.slice(1).find(Boolean)),
    languages: [...new Set([...`${xml}${styles}`.matchAll(/<w:lang w:val="([^"]+)"/g)].map((m) => m[1]))],
    pageNumberHeaders: headers.filter((h) => /PAGE/.test(h) && h.includes('w:val="center"')).length,
    titlePage: xml.includes('<w:titlePg/>'),
  };
}

describe('replication workflow', () => {
  it('has two different models to walk through', () => {
    expect(models).toHaveLength(2);
    expect(models[0]).not.toBe(models[1]);
  });

  for (const persona of PERSONAS) {
    it(`walks the five stages as ${persona.who}, and a reload at every stage loses nothing`, async () => {
      const session = await openSession({ viewport: persona.viewport });
      try {
        const { page, report } = await openWorkflow(session, persona.model);
        await page.addInitScript(() => (window.print = () => undefined));
        await page.evaluate(() => (window.print = () => undefined));
        const data = JSON.parse((await page.textContent('#wf-data'))!) as WfData;
        const axe: Record<string, unknown> = {};
        const reloadKeepsAll = async (id: string) => {
          const before = await snapshot(page);
          await page.reload();
          await page.waitForSelector('[data-wf][data-ready]');
          await page.evaluate(() => (window.print = () => undefined));
          // The locality is described by now: its similar places are fetched again and listed (on stage 1, maybe hidden).
          await page.waitForSelector('[data-out="similar"] .wf-similar li', { state: 'attached' });
          if (id === 'dang-ky') await page.waitForSelector('[data-wf][data-registration="ready"]');
          expect(await snapshot(page), `reload at ${id}`).toEqual(before);
          expect(await page.$$eval('[data-stage]:not([hidden])', (els) => els.map((e) => e.id))).toEqual([id]);
        };
        const fitsWidth = async (id: string) =>
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
            `no sideways scroll at ${id}`,
          ).toBeLessThanOrEqual(0);

        // 1. Survey and fit: nothing is scored before the unit type and a problem.
        expect(await page.textContent('[data-out="fit"]')).toContain('Chưa đánh giá');
        expect(await page.textContent('[data-out="saved-summary"]')).toContain('Hồ sơ đang làm');
        expect(await page.getAttribute('[data-wf-saved]', 'open')).toBeNull();
        await page.fill('[data-bind="profile.name"]', persona.locality);
        await page.selectOption('[data-bind="profile.province"]', persona.province);
        await page.selectOption('[data-bind="profile.unitType"]', persona.unitType);
        await page.waitForSelector('[data-out="similar"] .wf-similar li');
        expect(await page.textContent('[data-out="fit"]')).toContain('Chưa đánh giá');
        expect(await page.textContent('[data-out="fit"]')).not.toMatch(/\d+\/100/);
        for (const t of persona.traits) await page.check(`[data-bind="profile.traits"][value="${t}"]`);
        for (const p of persona.problems) await page.check(`[data-bind="profile.problems"][value="${p}"]`);
        await page.fill('[data-bind="profile.leadUnit"]', persona.leadUnit);
        await page.fill('[data-bind="profile.budget"]', persona.budget);
        await page.selectOption('[data-bind="profile.funding"]', persona.funding);
        await page.fill('[data-bind="profile.problem"]', `${persona.problemText} ${MARKUP}`);
        await expect.poll(() => page.textContent('[data-out="fit"]')).toMatch(/\d+\/100/);
        expect(await page.textContent('[data-out="fit"]')).toMatch(/\d+% đánh giá dựa trên dữ liệu/);
        expect(await page.textContent('#khao-sat .wf-rule')).toContain('Phù hợp cao');
        expect(await page.textContent('[data-out="saved-summary"]')).toContain(`Hồ sơ đang làm: ${persona.locality} · lưu lúc`);
        await fitsWidth('khao-sat');
        axe['khao-sat'] = await axeViolations(page);
        await reloadKeepsAll('khao-sat');

        // 2. Plan: previewed, printed alone on A4, downloaded as Word.
        await stage(page, 'ke-hoach');
        await page.fill('[data-bind="plan.startDate"]', '2025-01-06');
        for (let i = 0; i < data.model.replication.steps.length; i++) await page.fill(`[data-bind="plan.weeks.${i}"]`, '3');
        const basis = `${await page.inputValue('[data-bind="plan.basis"]')}\n${persona.ownBasis}`.trim();
        await page.fill('[data-bind="plan.basis"]', basis);
        await page.click('#ke-hoach details > summary');
        await page.fill('[data-bind="plan.signerOnBehalf"]', persona.signerOnBehalf);
        await page.fill('[data-bind="plan.signerTitle"]', persona.signerTitle);
        await page.fill('[data-bind="plan.signerName"]', `Nguyễn Văn A ${MARKUP}`);
        const preview = (await page.textContent('[data-out="doc-plan"]'))!;
        for (const piece of [
          'KẾ HOẠCH',
          `tại ${persona.inText}`,
          persona.code,
          persona.ownBasis,
          'III. KINH PHÍ',
          persona.amountText,
          'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        ])
          expect(preview, piece).toContain(piece);
        expect(preview).not.toMatch(/mặc định|Ghi chú:|[Nn]guồn không nêu/);
        const planPdf = await printToText(page, 'plan');
        expect(planPdf.length).toBeGreaterThan(1);
        expect(planPdf[0]).toContain('KẾ HOẠCH');
        expect(planPdf[0]).toContain(persona.issuerCaps);
        expect(planPdf.join('\n')).toContain(persona.amountText);
        expect(planPdf[0]).not.toMatch(/Tải kế hoạch|Bước tiếp theo|Hồ sơ đang làm|Mô hình tiêu biểu/);
        // Page numbers from page 2, at the top.
        expect(planPdf[0]!.trimStart()).not.toMatch(/^1\b/);
        expect(planPdf[1]!.trimStart()).toMatch(/^2\b/);
        const planDocx = await docxOf(page, 'plan', `plan-${persona.model}.docx`);
        for (const piece of ['KẾ HOẠCH', `tại ${persona.inText}`, persona.code, persona.ownBasis, 'III. KINH PHÍ', persona.amountText])
          expect(planDocx.text, piece).toContain(piece);
        expect(planDocx.text).not.toMatch(/mặc định|Ghi chú:|[Nn]guồn không nêu/);
        expect(planDocx.mottoCell).toBe(HEADER_COLUMNS.right);
        expect(mottoFits(planDocx.mottoCell).fits).toBe(true);
        expect(planDocx.languages).toEqual(['vi-VN']);
        expect(planDocx.pageNumberHeaders).toBe(1);
        expect(planDocx.titlePage).toBe(true);
        await fitsWidth('ke-hoach');
        axe['ke-hoach'] = await axeViolations(page);
        await reloadKeepsAll('ke-hoach');

        // 3. Checklist
        await stage(page, 'trien-khai');
        for (let i = 0; i < data.model.replication.steps.length; i++) {
          await page.fill(`[data-bind="checklist.${i}.owner"]`, `Tổ công tác ${i + 1}`);
          await page.fill(`[data-bind="checklist.${i}.done"]`, '2025-02-20');
          await page.fill(`[data-bind="checklist.${i}.notes"]`, `Ghi chú ${MARKUP}`);
        }
        await fitsWidth('trien-khai');
        axe['trien-khai'] = await axeViolations(page);
        await reloadKeepsAll('trien-khai');

        // 4. Reviews with an indicator of the locality's own; printed minutes.
        await stage(page, 'danh-gia');
        await page.click('[data-action="add-indicator"]');
        await page.fill('[data-bind="indicators.0.name"]', persona.ownIndicator);
        await page.fill('[data-bind="indicators.0.unit"]', 'vụ');
        await page.selectOption('[data-bind="indicators.0.direction"]', 'giam');
        const types = await page.$$eval('[data-bind$=".chair"]', (els) =>
          els.map((e) => (e as HTMLInputElement).dataset.bind!.split('.')[1]!),
        );
        for (const type of types) {
          await page.fill(`[data-bind="reviews.${type}.date"]`, type === 'so-ket' ? '2025-07-07' : '2026-01-06');
          await page.fill(`[data-bind="reviews.${type}.chair"]`, 'Trần Văn B');
          await page.fill(`[data-bind="reviews.${type}.secretary"]`, 'Lê Thị C');
          for (const ind of data.model.replication.indicators) {
            await page.fill(`[data-bind="reviews.${type}.values.${ind.id}.baseline"]`, '10');
            await page.fill(`[data-bind="reviews.${type}.values.${ind.id}.value"]`, '6');
          }
          await page.fill(`[data-bind="reviews.${type}.values.rieng-1.baseline"]`, '8');
          await page.fill(`[data-bind="reviews.${type}.values.rieng-1.value"]`, '2');
          await expect.poll(() => page.textContent(`[data-out="change-${type}-rieng-1"]`)).toBe('Giảm 6 (−75%) · tốt lên');
          await page.fill(`[data-bind="reviews.${type}.findings"]`, `Nhận xét ${type} ${MARKUP}`);
          await page.check(`[data-bind="reviews.${type}.decision"][value="dieu-chinh"]`);
          await page.fill(`[data-bind="reviews.${type}.reasons"]`, 'Cần thêm người có uy tín tham gia.');
        }
        const minutes = await printToText(page, `review-${types[0]}`);
        const minutesText = minutes.join('\n');
        for (const piece of [
          'BIÊN BẢN',
          persona.inText,
          persona.ownIndicator,
          'Giảm 6 (−75%)',
          'Điều chỉnh triển khai mô hình',
          'Cần thêm người có uy tín tham gia.',
          'CHỦ TRÌ',
        ])
          expect(minutesText, piece).toContain(piece);
        expect(minutesText).not.toMatch(/In biên bản|Thêm chỉ số|Bước tiếp theo/);
        const minutesDocx = await docxOf(page, `review-${types[0]}`, `minutes-${persona.model}.docx`);
        expect(minutesDocx.text).toContain('BIÊN BẢN');
        expect(minutesDocx.text).toContain(persona.ownIndicator);
        expect(minutesDocx.languages).toEqual(['vi-VN']);
        await fitsWidth('danh-gia');
        axe['danh-gia'] = await axeViolations(page);
        await reloadKeepsAll('danh-gia');

        // 5. Registration: no error before a field is touched or "Kiểm tra" is pressed.
        await stage(page, 'dang-ky');
        expect(await page.$$eval('[data-error-for]:not([hidden])', (els) => els.length)).toBe(0);
        expect(await page.isVisible('[data-out="error-summary"]')).toBe(false);
        expect(await page.textContent('#dang-ky')).not.toMatch(/npm|yaml|content\/deployments/i);
        await page.focus('#dk-xa-o-nhap');
        await page.focus('#dk-teams');
        expect(await page.isVisible('[data-error-for="commune"]')).toBe(true);
        expect(await page.isVisible('[data-error-for="point"]')).toBe(false);
        await page.click('[data-action="check"]');
        const summary = page.locator('[data-out="error-summary"]');
        expect(await summary.isVisible()).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-out'))).toBe('error-summary');
        expect(await summary.textContent()).toContain('Gõ tên xã, phường (tên hiện nay hoặc tên cũ)');
        axe['dang-ky (lỗi)'] = await axeViolations(page);
        await summary.getByRole('link', { name: /Gõ tên xã, phường/ }).click();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('dk-xa-o-nhap');
        // The commune is picked by a name it had before 1/7/2025.
        await page.locator('#dk-xa-o-nhap').pressSequentially(persona.formerQuery);
        const option = page.locator('#dk-xa-goi-y [role="option"]', { hasText: persona.commune }).first();
        await option.waitFor();
        await option.click();
        await expect.poll(() => page.inputValue('#dk-commune')).toBe(persona.commune);
        expect(await page.inputValue('#dk-code')).toMatch(/^\d{5}$/);
        expect(await page.inputValue('#dk-former')).toContain(persona.formerName);
        expect(Number(await page.inputValue('#dk-lat'))).toBeGreaterThan(8);
        expect(await page.inputValue('[data-bind="profile.province"]')).toBe(persona.province);
        await page.selectOption('[data-bind="registration.status"]', 'dang-hoat-dong');
        await page.fill('#dk-teams', '3');
        await page.fill('#dk-members', '24');
        await page.fill('[data-bind="registration.notes"]', `Ghi chú ${MARKUP}`);
        await page.click('[data-action="check"]');
        expect(await summary.isVisible()).toBe(false);
        expect(await page.isVisible('[data-out="registration-result"]')).toBe(true);
        expect(await page.isVisible('[data-out="record"]')).toBe(false); // under the maintainers' disclosure
        const record = (await page.textContent('[data-out="record"]'))!;
        expect(record).toContain('registration: true');
        const mail = decodeURIComponent((await page.getAttribute('[data-mail-link]', 'href'))!);
        expect(mail).toMatch(/^mailto:[^?]+@[^?]+\?subject=Đăng ký điểm nhân rộng/);
        expect(mail).toContain(record.trim().split('\n').slice(-3).join('\n'));
        const slip = (await printToText(page, 'registration')).join('\n');
        for (const piece of ['PHIẾU ĐĂNG KÝ ĐIỂM NHÂN RỘNG', persona.commune, persona.formerName]) expect(slip, piece).toContain(piece);
        expect(record).toContain('coordinatesNote: Điểm đặt tên của xã, không phải vị trí chính xác');
        expect(record).toContain(persona.formerName);
        const slipDocx = await docxOf(page, 'registration', `slip-${persona.model}.docx`);
        expect(slipDocx.text).toContain('PHIẾU ĐĂNG KÝ ĐIỂM NHÂN RỘNG');
        await fitsWidth('dang-ky');
        axe['dang-ky'] = await axeViolations(page);

        // The record passes the build's content check, unchanged, as content/deployments/<model>/<place>.yaml.
        const content = join(work, `content-${persona.model}`);
        cpSync(process.env.CONTENT_DIR ?? 'content', content, { recursive: true });
        mkdirSync(join(content, 'deployments', persona.model), { recursive: true });
        writeFileSync(join(content, 'deployments', persona.model, 'dang-ky-thu.yaml'), record);
        const check = spawnSync(process.execPath, ['scripts/check-content.ts', '--content', content], { encoding: 'utf8' });
        expect(check.stderr).toBe('');
        expect(check.status).toBe(0);

        // Typed markup stayed text everywhere.
        expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
        expect(await page.$$('img[src="x"]')).toEqual([]);
        await reloadKeepsAll('dang-ky');
        const before = await snapshot(page);

        // Saved to a file, then opened in a fresh browser profile: the same state.
        await page.click('[data-wf-saved] > summary');
        const exported = await saveDownload(page, () => page.click('[data-action="export"]'), `export-${persona.model}.json`);
        expect(report.consoleErrors).toEqual([]);
        expect(report.failedRequests).toEqual([]);
        expect(axe).toEqual(Object.fromEntries(Object.keys(axe).map((k) => [k, []])));

        const fresh = await openSession();
        try {
          const other = await openWorkflow(fresh, persona.model);
          expect(await other.page.inputValue('[data-bind="profile.name"]')).toBe('');
          await other.page.click('[data-wf-saved] > summary');
          await other.page.setInputFiles('[data-action="import"]', exported.path);
          await expect.poll(() => other.page.textContent('[data-out="status"]')).toContain('Đã mở hồ sơ');
          expect(await snapshot(other.page)).toEqual(before);
          const again = await saveDownload(
            other.page,
            () => other.page.click('[data-action="export"]'),
            `export-again-${persona.model}.json`,
          );
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

  it('embeds only counts of the deployments, fetches the records for similar places, and says so when it cannot', async () => {
    const slug = PERSONAS[1].model;
    const records = (await (await fetch(new URL(modelWorkflowDataPath(slug), baseUrl))).json()) as SimilarRecordFile;
    expect(records.length).toBeGreaterThan(5);
    const html = await (await fetch(new URL(`/mo-hinh/${slug}/nhan-rong/`, baseUrl))).text();
    const session = await openSession({ viewport: { width: 1280, height: 900 } });
    try {
      const { page, report } = await openWorkflow(session, slug);
      const data = JSON.parse((await page.textContent('#wf-data'))!) as WfData & { counts: { deployments: number } };
      expect(data.counts.deployments).toBe(records.length);
      expect(await page.textContent('[data-out="similar"]')).toContain('Chọn tỉnh, thành hoặc loại địa bàn');

      // The first download fails: the list says so and offers a retry; the score does not wait for it.
      await page.route(`**${modelWorkflowDataPath(slug)}`, (route) => route.abort());
      await page.selectOption('[data-bind="profile.province"]', 'ha-noi');
      await page.selectOption('[data-bind="profile.unitType"]', 'phuong');
      await page.check('[data-bind="profile.problems"][value="trom-cap-tai-san"]');
      await page.waitForSelector('[data-out="similar"] [data-action="retry-similar"]');
      expect(await page.textContent('[data-out="similar"]')).toContain('Không tải được danh sách nơi đã triển khai');
      expect(await page.textContent('[data-out="fit"]')).toMatch(/\d+\/100/);
      await page.unrouteAll();
      await page.click('[data-action="retry-similar"]');
      await page.waitForSelector('[data-out="similar"] .wf-similar li');

      const shown = await page.$$eval('[data-out="similar"] .wf-similar li strong', (els) => els.map((e) => e.textContent!));
      expect(shown).toHaveLength(5);
      for (const place of shown) expect(records.map((r) => r.data.place)).toContain(place);
      expect(await page.textContent('[data-out="similar"] .wf-similar li')).toContain('cùng loại địa bàn');
      // The page carries no record it does not show (a province total's place is the province's name, found elsewhere on the page).
      const hidden = records.filter((r) => r.data.scope !== 'tinh' && !shown.includes(r.data.place)).map((r) => r.data.place);
      expect(hidden.length).toBeGreaterThan(0);
      for (const place of hidden) expect(html, place).not.toContain(place);
      expect(report.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await session.close();
    }
  });

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
      expect(
        await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mhtb:hong:') || k.endsWith(':xa-hong'))),
      ).toEqual([]);
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
      await page.click('[data-wf-saved] > summary');
      await page.click('[data-action="new"]');
      await page.locator('[data-bind="profile.name"]').pressSequentially('Long Hưng');
      await page.click('[data-action="new"]');
      await page.fill('[data-bind="profile.leadUnit"]', 'Chưa đặt tên 1');
      await page.click('[data-action="new"]');
      await page.fill('[data-bind="profile.leadUnit"]', 'Chưa đặt tên 2');
      await page.reload();
      await page.waitForSelector('[data-wf][data-ready]');
      await page.click('[data-wf-saved] > summary');
      const items = await page.$$eval('[data-out="saved"] li strong', (els) => els.map((e) => e.textContent).sort());
      expect(items).toEqual(['(chưa đặt tên)', '(chưa đặt tên)', 'Long', 'Long Hưng']);
      // The first one still has what was typed into it.
      const longIndex = await page.$$eval('[data-out="saved"] li', (lis) =>
        lis.findIndex((li) => li.querySelector('strong')?.textContent === 'Long'),
      );
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
      await expect
        .poll(() => full.page.textContent('[data-out="status"]'))
        .toBe('Không lưu được vào trình duyệt: bộ nhớ trình duyệt dành cho trang này đã đầy. Hãy xuất tệp để giữ dữ liệu.');
      // The page still updates: the plan shows the typed name and date.
      expect(await full.page.textContent('[data-out="doc-plan"]')).toContain('xã Đầy Bộ Nhớ');
      expect(await full.page.textContent('[data-out="doc-plan"]')).toContain('6/1/2025');
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
        await blocked.page.waitForSelector('[data-wf][data-ready], [data-fit-form][data-ready]');
        await blocked.page.fill('[data-bind="profile.name"]', 'Xã Chặn Lưu');
        const statusSlot = path === '/nhan-rong/' ? '[data-out="rank-status"]' : '[data-out="status"]';
        await expect
          .poll(() => blocked.page.textContent(statusSlot))
          .toContain('Không lưu được vào trình duyệt: trình duyệt đang chặn lưu trữ');
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
      const total = (await fitRecords()).length;
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(new URL('/nhan-rong/', baseUrl).href);
      await page.waitForSelector('[data-fit-form][data-ready]');
      await page.fill('[data-bind="profile.name"]', 'Phường Xếp Hạng');
      await page.selectOption('[data-bind="profile.unitType"]', 'phuong');
      await page.fill('[data-bind="profile.problem"]', MARKUP);
      // Nothing is scored before a problem is chosen.
      expect(await page.$$('[data-out="ranking"] .wf-score')).toEqual([]);
      expect(await page.textContent('[data-out="rank-pending"]')).toContain('ít nhất một vấn đề');
      // The models' records are downloaded only once the locality can be scored.
      expect(fetched).not.toContain(FIT_DATA);
      await page.check('[data-bind="profile.problems"][value="trom-cap-tai-san"]');
      await page.waitForSelector('[data-out="ranking"] .wf-score');
      expect(fetched).toContain(FIT_DATA);
      // The best twenty first; "Xem thêm" adds the rest, twenty at a time, and moves focus to the first one added.
      expect(await page.$$eval('[data-out="ranking"] > li', (li) => li.length)).toBe(Math.min(total, 20));
      for (let shown = 20; shown < total; shown += 20) {
        await page.click('[data-out="rank-more"] button');
        expect(await page.$$eval('[data-out="ranking"] > li', (li) => li.length)).toBe(Math.min(total, shown + 20));
        expect(
          await page.evaluate((i) => document.activeElement === document.querySelectorAll('[data-out="ranking"] > li h3 a')[i], shown),
        ).toBe(true);
      }
      expect(await page.$$('[data-out="rank-more"] button')).toEqual([]);
      expect(await page.textContent('[data-out="rank-status"]')).toContain(`${total} mô hình, xếp theo mức phù hợp với Phường Xếp Hạng`);
      const scores = await page.$$eval('[data-out="ranking"] > li > .wf-fit__total .wf-score strong', (els) =>
        els.map((e) => Number(e.textContent)),
      );
      expect(scores).toHaveLength(total);
      // Best first; a model whose purpose has lapsed comes after the others, marked as such.
      const bands = await page.$$eval('[data-out="ranking"] > li > .wf-fit__total .wf-score', (els) =>
        els.map((e) => e.className.replace(/.*wf-score--/, '')),
      );
      const live = scores.filter((_, i) => bands[i] !== 'het-muc-dich');
      expect([...live].sort((a, b) => b - a)).toEqual(live);
      expect(bands.indexOf('het-muc-dich') === -1 || bands.slice(bands.indexOf('het-muc-dich')).every((b) => b === 'het-muc-dich')).toBe(
        true,
      );
      expect(await page.textContent('[data-out="ranking"]')).not.toMatch(/điểm còn thiếu/);
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

  it('still shows the model’s steps, or the way to the models, and says the tool needs JavaScript when it is off', async () => {
    const session = await openSession({ javaScriptEnabled: false });
    try {
      const { page } = await session.newPage();
      await page.goto(new URL(`/mo-hinh/${models[0]}/nhan-rong/`, baseUrl).href);
      expect(await page.isVisible('[data-wf-nojs]')).toBe(true);
      expect(await page.textContent('[data-wf-nojs]')).toContain('cần bật JavaScript');
      expect(await page.isVisible('[data-wf-static]')).toBe(true);
      expect(await page.textContent('[data-wf-static]')).toContain('Chỉ số theo dõi');
      expect(await page.isVisible('[data-wf]')).toBe(false);
      // /nhan-rong/ cannot rank without scripts: it says so and leads to the list of models instead.
      await page.goto(new URL('/nhan-rong/', baseUrl).href);
      expect(await page.isVisible('[data-wf-nojs]')).toBe(true);
      expect(await page.isVisible('[data-wf-nojs] a[href="/mo-hinh/"]')).toBe(true);
      expect(await page.isVisible('[data-fit-form]')).toBe(false);
      expect(await page.isVisible('[data-out="ranking"]')).toBe(false);
    } finally {
      await session.close();
    }
  });

  it('shows, before its scripts run, what they will show, in the same place (no layout shift when they start)', async () => {
    // Where the things a reader sees first stand: with the page's scripts withheld (scripting still
    // on, as in the moment before they run) and then once the island has started.
    const places = (page: Page, selectors: string[]) =>
      page.evaluate(async (list) => {
        await document.fonts.ready;
        return list.map((sel) => {
          const box = document.querySelector(sel)?.getBoundingClientRect();
          return box && box.height > 0 ? `${sel} ${Math.round(box.top)}` : `${sel} not shown`;
        });
      }, selectors);
    const pages: [string, string, string[]][] = [
      [
        `/mo-hinh/${models[0]}/nhan-rong/`,
        '[data-wf][data-ready]',
        ['.wf-saved', '.wf-stages', '#khao-sat-h', '[data-bind="profile.name"]', '[data-out="fit"]'],
      ],
      [`/mo-hinh/${models[0]}/nhan-rong/#ke-hoach`, '[data-wf][data-ready]', ['.wf-stages', '#ke-hoach-h', '[data-bind="plan.startDate"]']],
      [
        '/nhan-rong/',
        '[data-fit-form][data-ready]',
        ['[data-fit-form]', '[data-bind="profile.name"]', '#xep-hang', '[data-out="rank-pending"]'],
      ],
    ];
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ]) {
      const session = await openSession({ viewport });
      try {
        const { page } = await session.newPage();
        for (const [path, ready, selectors] of pages) {
          await page.route(/\.js$/, (route) => route.abort());
          await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
          const before = await places(page, selectors);
          expect(await page.isVisible('[data-wf-nojs]'), `${path}: the no-script message before scripts run`).toBe(false);
          await page.unrouteAll();
          await page.goto('about:blank');
          await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
          await page.waitForSelector(ready);
          expect(await places(page, selectors), `${path} at ${viewport.width} px`).toEqual(before);
          expect(before.some((b) => b.endsWith('not shown'))).toBe(false);
        }
      } finally {
        await session.close();
      }
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
