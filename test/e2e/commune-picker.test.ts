/**
 * The commune picker on /dia-phuong/ as an officer uses it: typing a former name without accents
 * suggests today's commune with "trước 1/7/2025: …", the keyboard alone chooses it, a screen reader
 * gets the combobox roles and a status line, an unknown name says "Không tìm thấy", and axe finds nothing.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, openSession, type Session } from './harness/browser.ts';

const baseUrl = inject('baseUrl');
const url = (path: string) => new URL(path, baseUrl).href;
const SHOTS = 'test-results/geo';
let session: Session;

beforeAll(async () => {
  session = await openSession();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => session?.close());

async function openPicker(viewport = { width: 1280, height: 900 }) {
  const { page, report } = await session.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url('/dia-phuong/'), { waitUntil: 'load' });
  return { page, report, input: page.getByRole('combobox', { name: 'Tìm xã, phường theo tên hiện nay hoặc tên cũ' }) };
}

describe('commune picker', () => {
  it('finds today\'s Xã Long Hưng from the former name typed without accents, by keyboard alone', async () => {
    const { page, report, input } = await openPicker();
    await input.focus();
    await input.pressSequentially('tien duc hung ha', { delay: 10 });
    const first = page.getByRole('option').first();
    await first.waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await first.textContent()).toContain('Xã Long Hưng, Tỉnh Hưng Yên · mã 12613');
    expect(await first.textContent()).toContain('trước 1/7/2025: xã Tiến Đức, huyện Hưng Hà, tỉnh Thái Bình');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await input.inputValue()).toBe('Xã Long Hưng, Tỉnh Hưng Yên');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-picker-status]').textContent()).toContain('Đã chọn Xã Long Hưng');
    const link = page.locator('[data-picker-chosen] a');
    expect(await link.getAttribute('href')).toMatch(/^\/dia-phuong\/hung-yen\/(#xa-12613)?$/);
    expect(report.consoleErrors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/picker-desktop.png` });
  });

  it('lists every same-named commune with its province on a phone, and says when nothing matches', async () => {
    const { page, input } = await openPicker({ width: 390, height: 844 });
    await input.focus();
    await input.pressSequentially('tan hoa', { delay: 10 });
    await page.getByRole('option').first().waitFor();
    const texts = await page.getByRole('option').allTextContents();
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.join('\n')).toContain('Xã Tân Hòa, Tỉnh Tây Ninh');
    expect(await page.locator('[data-picker-status]').textContent()).toContain('cùng khớp');
    await page.screenshot({ path: `${SHOTS}/picker-phone.png` });
    await input.fill('');
    await input.pressSequentially('tien dc', { delay: 10 });
    await page.waitForFunction(() => document.querySelector('[data-picker-status]')?.textContent?.includes('Không tìm thấy'));
    expect(await page.locator('[data-picker-status]').textContent()).toContain('Có phải: ');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
  });
});
