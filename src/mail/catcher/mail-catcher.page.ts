import { ParsedMail } from 'mailparser';
import { escapeHtml } from '../mail-html';
import { addressText, CaughtMailSummary } from './caught-mail.store';

const when = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Amsterdam' });

const STYLE = `
body{font-family:system-ui,Arial,sans-serif;margin:0;color:#1a1a1a;background:#f6f6f4}
header{background:#5b2a86;color:#fff;padding:1rem 1.5rem}
header h1{margin:0;font-size:1.4rem}
.notice{background:#fff4ce;border-left:6px solid #c99700;padding:.75rem 1.5rem;margin:0}
main{padding:1rem 1.5rem;max-width:70rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:.5rem .75rem;border-bottom:1px solid #ddd;vertical-align:top}
th{background:#eee}
a{color:#4a1f70}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;background:#fff;padding:1rem}
dt{font-weight:bold}
pre{white-space:pre-wrap;background:#fff;padding:1rem;border:1px solid #ddd;font-family:inherit}
iframe{width:100%;min-height:28rem;border:1px solid #ddd;background:#fff}
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} – Mailcatcher</title><style>${STYLE}</style></head>
<body><header><h1>Mailcatcher <small>(ontwikkelhulpmiddel)</small></h1></header>
<p class="notice" role="note"><strong>Alleen voor ontwikkeling en demonstratie.</strong> Mail die de dienst verstuurt, komt hier terecht
in plaats van bij ouders en professionals, zodat u kunt lezen wat zij zouden ontvangen. In productie staat MAIL_CATCHER uit en gaat
mail via SMTP_HOST en SMTP_PORT naar een echte mailserver.</p>
<main>${body}</main></body></html>`;
}

/** The list of caught messages, newest first. */
export function mailListPage(mails: CaughtMailSummary[]): string {
  if (mails.length === 0) {
    return page('Ontvangen mail', '<h2>Ontvangen mail</h2><p>Er is nog geen mail ontvangen. Mail die de dienst verstuurt, verschijnt hier binnen enkele seconden.</p><p><a href="/mail">Vernieuwen</a></p>');
  }
  const rows = mails
    .map((mail) => `<tr><td>${escapeHtml(when.format(mail.receivedAt))}</td><td>${escapeHtml(mail.to)}</td>`
      + `<td><a href="/mail/${mail.id}">${escapeHtml(mail.subject)}</a></td><td>${mail.attachmentCount === 0 ? '' : mail.attachmentCount}</td></tr>`)
    .join('\n');
  return page('Ontvangen mail', `<h2>Ontvangen mail (${mails.length})</h2><p><a href="/mail">Vernieuwen</a></p>
<table><thead><tr><th scope="col">Ontvangen</th><th scope="col">Aan</th><th scope="col">Onderwerp</th><th scope="col">Bijlagen</th></tr></thead>
<tbody>${rows}</tbody></table>`);
}

/** One message: its headers, the text and HTML bodies, and its attachments to download. */
export function mailPage(id: string, mail: ParsedMail): string {
  const attachments = mail.attachments
    .map((attachment, index) => `<li><a href="/mail/${id}/attachments/${index}">${escapeHtml(attachment.filename ?? `bijlage-${index + 1}`)}</a> (${escapeHtml(attachment.contentType)}, ${Math.max(1, Math.round(attachment.size / 1024))} kB)</li>`)
    .join('');
  const html = typeof mail.html === 'string' ? `<h3>Zoals de ontvanger het ziet</h3><iframe sandbox="" title="Opgemaakte mail" srcdoc="${escapeHtml(mail.html)}"></iframe>` : '';
  return page(mail.subject ?? 'Mail', `<p><a href="/mail">← Alle mail</a></p>
<h2>${escapeHtml(mail.subject ?? '(geen onderwerp)')}</h2>
<dl><dt>Van</dt><dd>${escapeHtml(addressText(mail.from))}</dd><dt>Aan</dt><dd>${escapeHtml(addressText(mail.to))}</dd>
<dt>Datum</dt><dd>${mail.date ? escapeHtml(when.format(mail.date)) : ''}</dd><dt>Message-ID</dt><dd>${escapeHtml(mail.messageId ?? '')}</dd></dl>
${attachments ? `<h3>Bijlagen</h3><ul>${attachments}</ul>` : ''}
${html}
<h3>Tekst</h3><pre>${escapeHtml(mail.text ?? '')}</pre>`);
}

export function notFoundPage(): string {
  return page('Niet gevonden', '<h2>Niet gevonden</h2><p>Deze mail bestaat niet (meer). <a href="/mail">Naar alle mail</a></p>');
}
