import { createDb, mintToken, parseStampKeys, revokedDemoStampUrls } from '@ocop/traceability';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';

/**
 * The consumer's paths through the real storefront (npm start: registry, Medusa backend and
 * the Remix storefront, each its own process) in Debian's headless Chromium. Screenshots are
 * kept in tests/artifacts.
 */
describe('storefront in a browser', () => {
  const platform = inject('platform');
  const base = platform.storefrontUrl;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    // A phone: the storefront is built mobile first.
    context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  });

  // What the browser showed when a test failed, beside the other screenshots.
  beforeEach(({ onTestFailed, task }) => {
    onTestFailed(async () => {
      await page?.screenshot({
        path: screenshotPath(`failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`),
      });
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('searches "nuoc mam", buys from two producers with cash on delivery, and sees two orders in the account', async () => {
    const email = `lan.${Date.now()}@mail.vn`;
    await page.goto(`${base}/dang-ky`);
    await page.getByLabel('Họ và tên').fill('Trần Thị Lan');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu').fill('mat-khau-1234');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.waitForURL(`${base}/tai-khoan`);
    await page.getByText('Bạn chưa có đơn hàng nào.').waitFor();

    // Typed the way people type on phones: no diacritics.
    await page.goto(base);
    await page.getByRole('searchbox', { name: 'Tìm sản phẩm' }).fill('nuoc mam');
    await page.getByRole('searchbox', { name: 'Tìm sản phẩm' }).press('Enter');
    await page.waitForURL(/\/san-pham\?q=nuoc/);
    await page.getByRole('heading', { name: 'Kết quả cho “nuoc mam”' }).waitFor();
    const titles = await page.locator('.product-card-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    // "Nước mắm …" and "Mắm … Châu Đốc": found without diacritics, the phrase first.
    expect(titles[0]).toMatch(/nước mắm/i);
    expect(titles.some((t) => /^mắm/i.test(t))).toBe(true);
    await page.screenshot({ path: screenshotPath('search-nuoc-mam'), fullPage: true });

    await page.locator('.product-card-link', { hasText: /mắm/i }).first().click();
    await page.waitForURL(/\/san-pham\/[^?]+$/);
    const proof = page.locator('.proof-card');
    await proof.waitFor();
    await expect.poll(() => proof.textContent()).toMatch(/Số giấy chứng nhận/);
    const proofText = (await proof.textContent()) ?? '';
    expect(proofText).toMatch(/Hiệu lực đến\d{2}\/\d{2}\/\d{4}/);
    expect(await page.locator('.ocop-badge-large').count()).toBe(1);
    expect(await page.locator('.price-large').first().textContent()).toMatch(/^\d{1,3}(\.\d{3})+\s₫$/);
    const firstShop = (await page.locator('.producer-card a.button').getAttribute('href')) ?? '';
    await page.screenshot({ path: screenshotPath('product-page'), fullPage: true });
    await page.getByRole('button', { name: 'Thêm vào giỏ' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Đã thêm vào giỏ hàng');

    // A second producer: the first product in the catalog from another shop.
    await page.goto(`${base}/san-pham?sort=stars`);
    const cards = page.locator('.product-card-link');
    const count = await cards.count();
    let added = false;
    for (let i = 0; i < count && !added; i++) {
      await page.goto(`${base}/san-pham?sort=stars`);
      await page.locator('.product-card-link').nth(i).click();
      await page.waitForURL(/\/san-pham\/[^?]+$/);
      await page.locator('.producer-card').waitFor();
      const shop = (await page.locator('.producer-card a.button').getAttribute('href')) ?? '';
      if (shop === firstShop) continue;
      await page.getByRole('button', { name: 'Thêm vào giỏ' }).click();
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toContain('Đã thêm vào giỏ hàng');
      added = true;
    }
    expect(added).toBe(true);

    await page.goto(`${base}/gio-hang`);
    expect(await page.locator('.cart-group').count()).toBe(2);
    expect(await page.locator('.cart-count').textContent()).toBe('2');
    // A delivery choice per shop, carried to the checkout page.
    expect(await page.locator('.cart-shipping').count()).toBe(2);
    const chosen = page.locator('.cart-shipping').nth(1).locator('input[type=radio]').last();
    await chosen.check();
    const chosenValue = await chosen.getAttribute('value');
    await page.getByRole('button', { name: 'Đặt hàng' }).click();
    await page.waitForURL(/\/thanh-toan\?shipping_/);
    expect(await page.locator(`input[type=radio][value="${chosenValue}"]`).isChecked()).toBe(true);
    await page.getByLabel('Họ', { exact: true }).fill('Trần');
    await page.getByLabel('Tên', { exact: true }).fill('Lan');
    await page.getByLabel('Số điện thoại').fill('0901 234 567');
    await page.getByLabel('Địa chỉ (số nhà, đường)').fill('12 Nguyễn Huệ');
    await page.getByLabel('Tỉnh, thành phố').selectOption('Hồ Chí Minh');
    await page.getByLabel('Xã, phường, đặc khu').fill('Phường Sài Gòn');
    await page.getByLabel('Thanh toán khi nhận hàng (COD)').check();
    await page.screenshot({ path: screenshotPath('checkout'), fullPage: true });
    await page.getByRole('button', { name: 'Đặt hàng' }).click();
    await page.waitForURL(/\/dat-hang\//);
    await page.getByRole('heading', { name: 'Đặt hàng thành công' }).waitFor();
    expect(await page.getByTestId('placed-order').count()).toBe(2);
    await page.screenshot({ path: screenshotPath('confirmation'), fullPage: true });
    expect(await page.locator('.cart-count').textContent()).toBe('0');

    // Another visitor with the same link sees nothing of it, and has no account page.
    const stranger = await browser.newContext();
    const peek = await stranger.newPage();
    expect((await peek.goto(page.url()))?.status()).toBe(404);
    await peek.goto(`${base}/tai-khoan`);
    expect(peek.url()).toBe(`${base}/dang-nhap`);
    await stranger.close();

    await page.goto(`${base}/tai-khoan`);
    await page.getByRole('heading', { name: 'Đơn hàng của tôi' }).waitFor();
    expect(await page.getByTestId('account-order').count()).toBe(2);
    await page.screenshot({ path: screenshotPath('account-orders'), fullPage: true });
  });

  it('lets a guest pay by VietQR: the confirmation shows the transfer QR with its amount and note', async () => {
    const guest = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
    const tab = await guest.newPage();
    tab.setDefaultTimeout(20_000);
    await tab.goto(`${base}/san-pham?sort=price_asc`);
    await tab.locator('.product-card-link').first().click();
    await tab.locator('.proof-card').waitFor();
    await tab.getByRole('button', { name: 'Thêm vào giỏ' }).click();
    await expect.poll(() => tab.getByRole('status').first().textContent()).toContain('Đã thêm vào giỏ hàng');
    await tab.goto(`${base}/thanh-toan`);
    // Invalid input first: a clear message, nothing placed.
    await tab.getByLabel('Họ', { exact: true }).fill('Nguyễn');
    await tab.getByLabel('Tên', { exact: true }).fill('Minh');
    await tab.getByLabel('Email').fill('minh@mail.vn');
    await tab.getByLabel('Số điện thoại').fill('12345');
    await tab.getByLabel('Địa chỉ (số nhà, đường)').fill('5 Lê Lợi');
    await tab.getByLabel('Tỉnh, thành phố').selectOption('Cần Thơ');
    await tab.getByLabel('Xã, phường, đặc khu').fill('Phường Ninh Kiều');
    await tab.getByLabel('Chuyển khoản VietQR').check();
    await tab.getByRole('button', { name: 'Đặt hàng' }).click();
    await tab.getByText('Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.').waitFor();
    expect(tab.url()).toBe(`${base}/thanh-toan`);

    await tab.getByLabel('Số điện thoại').fill('0912345678');
    await tab.getByRole('button', { name: 'Đặt hàng' }).click();
    await tab.getByRole('heading', { name: 'Đặt hàng thành công' }).waitFor();
    const order = tab.getByTestId('placed-order');
    expect(await order.count()).toBe(1);
    const reference = ((await order.locator('dd.mono').textContent()) ?? '').trim();
    expect(reference.length).toBeGreaterThan(4);
    expect(await order.locator('.vietqr-code svg').count()).toBe(1);
    const caption = (await order.locator('figcaption').textContent()) ?? '';
    expect(caption).toContain(reference);
    expect(caption).toMatch(/chuyển \d{1,3}(\.\d{3})+\s₫/);
    await tab.screenshot({ path: screenshotPath('confirmation-vietqr'), fullPage: true });
    await guest.close();
  });

  it('verifies a demo stamp: genuine, then scanned before; one altered character is unknown', async () => {
    // The stamp as printed: the registry's URL, handed to the storefront's verify page.
    const response = await page.goto(platform.demoStamp);
    expect(page.url()).toBe(platform.demoStamp.replace(platform.registryUrl, base));
    expect(response?.status()).toBe(200);
    const verdict = page.locator('.verdict');
    expect(await verdict.getAttribute('data-verdict')).toBe('genuine');
    expect(await verdict.getAttribute('data-tone')).toBe('green');
    expect(await page.locator('h1').textContent()).toBe('Hàng thật');
    expect(await page.locator('.verify-details').textContent()).toMatch(/An Giang/);
    await page.screenshot({ path: screenshotPath('verify-genuine'), fullPage: true });

    await page.goto(platform.demoStamp);
    expect(await verdict.getAttribute('data-verdict')).toBe('genuine_seen_before');
    expect(await verdict.getAttribute('data-tone')).toBe('amber');
    expect(await page.locator('.verdict-detail').first().textContent()).toMatch(
      /^Quét lần đầu lúc \d{2}:\d{2}, \d{2}\/\d{2}\/\d{4}/,
    );
    expect(await page.locator('.verdict-detail.small').textContent()).toBe('Đã quét 2 lần.');
    await page.screenshot({ path: screenshotPath('verify-seen-before'), fullPage: true });
    // The same page in English is not another scan of the pack; nor is coming back.
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('This stamp has been scanned before');
    expect(await page.locator('.verdict-detail.small').textContent()).toBe('Scanned 2 times.');
    await page.getByRole('link', { name: 'Chuyển sang tiếng Việt' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tem này đã được quét trước đây');
    expect(await page.locator('.verdict-detail.small').textContent()).toBe('Đã quét 2 lần.');
    // The buy link leads to the product in the shop.
    await page.getByRole('link', { name: 'Mua sản phẩm này' }).click();
    await page.waitForURL(/\/san-pham\//);

    const altered = platform.demoStamp.slice(0, -1) + (platform.demoStamp.endsWith('x') ? 'y' : 'x');
    const unknown = await page.goto(altered);
    expect(unknown?.status()).toBe(404);
    expect(await verdict.getAttribute('data-verdict')).toBe('unknown');
    expect(await verdict.getAttribute('data-tone')).toBe('red');
  });

  it("shows a revoked product's stamp in red, and takes a report of a suspected fake without JavaScript", async () => {
    const db = createDb(platform.databaseUrl, { max: 1 });
    const [revoked] = await revokedDemoStampUrls(
      db.sql,
      parseStampKeys(platform.stampKeys, 'A'),
      platform.registryUrl,
    );
    await db.end();
    expect(revoked).toBeTruthy();
    const noJs = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const plain = await noJs.newPage();
    await plain.goto(revoked as string);
    const verdict = plain.locator('.verdict');
    expect(await verdict.getAttribute('data-verdict')).toBe('certificate_revoked');
    expect(await verdict.getAttribute('data-tone')).toBe('red');
    expect(await plain.locator('h1').textContent()).toBe('Chứng nhận OCOP đã bị thu hồi');
    // No stars for a revoked certificate; the reason in words.
    expect(await plain.locator('.ocop-badge').count()).toBe(0);
    expect(await plain.locator('.verify-details').textContent()).toContain('Vi phạm về chất lượng');
    await plain.screenshot({ path: screenshotPath('verify-revoked'), fullPage: true });

    const scansBefore = await plain.locator('.verdict-detail.small').textContent();
    expect(scansBefore).toMatch(/^Đã quét \d+ lần\.$/);
    await plain.locator('summary', { hasText: 'Báo cáo nghi ngờ hàng giả' }).click();
    await plain.getByLabel('Bạn thấy điều gì bất thường?').fill('Bao bì in mờ, giá rẻ bất thường ở chợ.');
    await plain.getByLabel('Bạn mua ở tỉnh, thành nào?').selectOption('Cần Thơ');
    await plain.getByRole('button', { name: 'Gửi báo cáo' }).click();
    expect(await plain.getByRole('status').textContent()).toMatch(/Đã gửi báo cáo/);
    // Sending the report redrew the verdict; it did not scan the stamp again.
    expect(await plain.locator('.verdict-detail.small').textContent()).toBe(scansBefore);
    expect(await verdict.getAttribute('data-verdict')).toBe('certificate_revoked');
    await noJs.close();

    const db2 = createDb(platform.databaseUrl, { max: 1 });
    const alerts = await db2.sql<{ kind: string; province: string }[]>`
      select kind, province from alerts where kind = 'consumer_report'`;
    await db2.end();
    expect(alerts).toEqual([{ kind: 'consumer_report', province: 'Cần Thơ' }]);
  });

  it('shows a voided stamp in red, and counts no scan for a link preview', async () => {
    const [voided, previewed] = platform.demoStamps.slice(-2) as [string, string];
    const db = createDb(platform.databaseUrl, { max: 1 });
    const [, , product, , batch] = new URL(voided).pathname.split('/');
    const rows = await db.sql<{ batch_id: string; producer_id: string; shop_id: string; seq: number }[]>`
      select s.batch_id, p.producer_id, pb.account_id as shop_id, s.seq
      from stamps s join batches b on b.id = s.batch_id join products p on p.id = b.product_id
      -- The registry believes a seller token only for a shop actively bound to the producer.
      left join producer_bindings pb on pb.producer_id = p.producer_id and pb.status = 'active'
      where b.code = ${batch ?? ''} and (p.code = ${product ?? ''} or p.gtin = ${product ?? ''})
      order by s.seq`;
    // demoStamps are in sequence order: the one before the last is `voided`.
    const demo = rows.at(-2);
    await db.end();
    expect(demo).toBeTruthy();
    // The producer reports a lost roll through the registry's API, as its shop would.
    const token = await mintToken(
      platform.jwtPrivateKey,
      {
        actorType: 'seller',
        actorId: 'e2e-seller',
        producerId: demo?.producer_id as string,
        shopId: demo?.shop_id as string,
      },
      { issuer: 'ocop-backend' },
    );
    const voidRes = await fetch(`${platform.registryUrl}/v1/batches/${demo?.batch_id}/stamps/void`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ fromSeq: demo?.seq, toSeq: demo?.seq, reason: 'Cuộn tem bị mất' }),
    });
    expect(await voidRes.json()).toEqual({ voided: 1 });

    const response = await page.goto(voided);
    expect(response?.status()).toBe(410);
    const verdict = page.locator('.verdict');
    expect(await verdict.getAttribute('data-verdict')).toBe('void');
    expect(await verdict.getAttribute('data-tone')).toBe('red');
    expect(await page.locator('h1').textContent()).toBe('Tem đã bị huỷ');
    await page.screenshot({ path: screenshotPath('verify-void'), fullPage: true });

    // A chat app fetching a preview of a shared stamp link is not the buyer's first scan.
    const preview = await fetch(previewed.replace(platform.registryUrl, base), {
      headers: { 'user-agent': 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)' },
    });
    expect(preview.status).toBe(200);
    expect(await preview.text()).toContain('data-verdict="preview"');
    await page.goto(previewed);
    expect(await verdict.getAttribute('data-verdict')).toBe('genuine');
  });

  it('switches to English and back', async () => {
    await page.goto(`${base}/san-pham`);
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await page.waitForURL(`${base}/san-pham`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('OCOP products');
    await page.getByRole('link', { name: 'Chuyển sang tiếng Việt' }).click();
    await page.waitForURL(`${base}/san-pham`);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    // Each page names its English twin for search engines, which keep no session.
    const english = await page.locator('link[rel=alternate][hreflang=en]').getAttribute('href');
    expect(english).toMatch(/\/san-pham\?lng=en$/);
    const crawler = await browser.newContext();
    const crawled = await crawler.newPage();
    await crawled.goto(`${base}/san-pham?lng=en`);
    expect(await crawled.locator('html').getAttribute('lang')).toBe('en');
    expect(await crawled.locator('h1').textContent()).toBe('OCOP products');
    await crawler.close();
  });
});
