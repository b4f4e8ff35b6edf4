/** The "góp ý / báo sai" link: the site's template filled with which page it concerns. */

export interface FeedbackPage {
  title: string;
  url: string;
}

export function feedbackUrl(template: string, page: FeedbackPage): string {
  const title = `Góp ý: ${page.title}`;
  const body = `Trang: ${page.url}\n\nNội dung góp ý hoặc chỗ sai (xin ghi rõ nguồn nếu có):\n`;
  return template.replaceAll('{title}', encodeURIComponent(title)).replaceAll('{body}', encodeURIComponent(body));
}
