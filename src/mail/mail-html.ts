/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ({ '"': '&quot;', '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[character]!);
}

/**
 * The HTML body of a plain-text mail: paragraphs at blank lines, line breaks kept, links clickable,
 * in a calm layout that reads well on a phone. The text body stays the source of truth.
 */
export function htmlFromText(text: string): string {
  const paragraphs = text
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p style="margin:0 0 1em">${linkify(escapeHtml(paragraph)).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return `<!doctype html><html lang="nl"><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:640px">\n${paragraphs}\n</body></html>`;
}

function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}
