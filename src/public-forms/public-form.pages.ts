import { escapeHtml } from '../mail/mail-html';
import { dutchDate } from '../notifications/dutch-format';

const STYLE = `
body{font-family:system-ui,Arial,sans-serif;margin:0;color:#1a1a1a;background:#f6f6f4;font-size:1.05rem;line-height:1.5}
header{background:#5b2a86;color:#fff;padding:1rem 1.5rem}
header h1{margin:0;font-size:1.3rem}
main{padding:1rem 1.5rem;max-width:40rem}
fieldset{border:1px solid #ccc;background:#fff;padding:1rem;margin:0 0 1rem}
legend{font-weight:bold}
label{display:block;margin:.25rem 0}
textarea{width:100%;min-height:10rem;font:inherit;padding:.5rem;box-sizing:border-box}
button{background:#5b2a86;color:#fff;border:0;padding:.7rem 1.4rem;font:inherit;border-radius:4px;cursor:pointer}
.scores{display:flex;flex-wrap:wrap;gap:.5rem}
.scores label{display:inline-flex;align-items:center;gap:.25rem;background:#f0ecf5;padding:.3rem .6rem;border-radius:4px}
.problem{background:#fde8e8;border-left:6px solid #b00020;padding:.5rem 1rem}
`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} – Jeugdbeschermingstafel</title><style>${STYLE}</style></head>
<body><header><h1>Jeugdbeschermingstafel</h1></header><main>${body}</main></body></html>`;
}

const problem = (text?: string) => (text ? `<p class="problem" role="alert">${escapeHtml(text)}</p>` : '');

export function feedbackFormPage(closesAt: Date | null, error?: string): string {
  const scores = Array.from({ length: 10 }, (_, index) => index + 1)
    .map((score) => `<label><input type="radio" name="score" value="${score}" required> ${score}</label>`)
    .join('');
  return page('Uw ervaring', `<h2>Hoe heeft u het gesprek ervaren?</h2>
<p>Dank dat u even de tijd neemt. Uw antwoord helpt de tafel om de gesprekken voor gezinnen en professionals beter te maken. Meedoen is vrijwillig.${closesAt ? ` U kunt het formulier invullen tot en met ${escapeHtml(dutchDate(closesAt))}.` : ''}</p>
${problem(error)}
<form method="post">
<fieldset><legend>Welk cijfer geeft u het gesprek? (1 = heel slecht, 10 = heel goed)</legend><div class="scores">${scores}</div></fieldset>
<fieldset><legend><label for="comment">Wilt u iets toelichten? (niet verplicht)</label></legend><textarea id="comment" name="comment" maxlength="5000"></textarea></fieldset>
<button type="submit">Versturen</button></form>`);
}

export function reactionFormPage(facts: { reactionPeriodEndsAt: Date; recipientName: string; tableName: string; title: string }, error?: string): string {
  return page('Reageren op het verslag', `<h2>Reageren op het ${escapeHtml(facts.title.toLowerCase())}</h2>
<p>Beste ${escapeHtml(facts.recipientName)}, hier kunt u reageren op het verslag van de Jeugdbeschermingstafel ${escapeHtml(facts.tableName)}. Uw reactie wordt toegevoegd aan het verslag zoals u haar schrijft, en iedereen die het verslag heeft ontvangen krijgt de nieuwe versie. Reageren kan tot en met ${escapeHtml(dutchDate(facts.reactionPeriodEndsAt))}.</p>
${problem(error)}
<form method="post">
<fieldset><legend><label for="text">Uw reactie</label></legend><textarea id="text" name="text" required maxlength="5000"></textarea></fieldset>
<fieldset><label><input type="checkbox" name="disputesAccuracy" value="true"> Het verslag is geen juiste weergave van het gesprek</label></fieldset>
<button type="submit">Reactie versturen</button></form>`);
}

export function thanksPage(text: string): string {
  return page('Dank u wel', `<h2>Dank u wel</h2><p>${escapeHtml(text)}</p>`);
}

export function unavailablePage(text: string): string {
  return page('Niet beschikbaar', `<h2>Dit formulier is niet (meer) beschikbaar</h2><p>${escapeHtml(text)}</p><p>Heeft u vragen? Neem dan contact op met de professional die u begeleidt.</p>`);
}
