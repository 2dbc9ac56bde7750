import { AgreementStatus, MeetingKind, MeetingStatus, ReportVersionOrigin } from '../generated/prisma/enums';
import { escapeHtml } from '../mail/mail-html';
import { dutchDate, dutchDay, dutchTime } from '../notifications/dutch-format';
import { FamilyLinkProblem } from './family.errors';
import { explanationsFor } from './family-page.explanations';
import { FamilyAgreement, FamilyMeeting, FamilyPageModel, FamilyReport } from './family-page.model';
import { seesDocuments } from './family-page.rules';

/**
 * The family page as HTML, drawn on the server like the other pages behind a personal link: no
 * script, one stylesheet, readable on a phone (from 320 px wide) and with a keyboard or a screen
 * reader (WCAG 2.1 AA: landmarks, one h1, headings in order, labels on every field, an error summary
 * that takes focus by being first, contrast of at least 4.5:1, targets of 44 px).
 */

const STYLE = `
*{box-sizing:border-box}
html{font-size:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;font-size:1.0625rem;line-height:1.6;color:#1a1a1a;background:#f6f5f2}
a{color:#4a1f72;text-decoration:underline;text-underline-offset:.15em}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px;box-shadow:0 0 0 6px #ffd84d}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.75rem 1rem;z-index:2}
.skip:focus{left:.5rem;top:.5rem}
header{background:#4a1f72;color:#fff;padding:1rem 1.25rem}
header p{margin:0;font-weight:600}
main{max-width:44rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.3rem;line-height:1.3;margin:0 0 .75rem}
h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
h4{font-size:1rem;margin:1rem 0 .25rem}
section{background:#fff;border-radius:8px;padding:1.1rem 1.1rem .6rem;margin:0 0 1rem;border:1px solid #dcd8d0}
nav{margin:0 0 1.25rem}
nav ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.5rem}
nav a{display:inline-block;min-height:44px;padding:.55rem .8rem;background:#fff;border:1px solid #b9b2c4;border-radius:22px}
dl{margin:0 0 .75rem}
dt{font-weight:700}
dd{margin:0 0 .5rem}
ul.plain{padding-left:1.2rem}
.card{border:1px solid #dcd8d0;border-left:6px solid #6b6478;border-radius:6px;padding:.75rem .9rem;margin:0 0 .9rem}
.card--kept{border-left-color:#1d6b2f}
.card--not-kept{border-left-color:#9b1c1c}
.card--overdue{border-left-color:#8a5300}
.card p{margin:.25rem 0}
.state{display:inline-block;font-weight:700;padding:.1rem .55rem;border-radius:4px;background:#ecebef;color:#1a1a1a}
.state--kept{background:#e3f2e6;color:#14532d}
.state--not-kept{background:#fbe9e9;color:#7f1d1d}
.state--overdue{background:#fff1d6;color:#6b3d00}
.mine{font-weight:700}
.muted{color:#4f4a57}
.notice{background:#e9f3fb;border-left:6px solid #1d5f8a;padding:.75rem 1rem;margin:0 0 1rem;border-radius:4px}
.problem{background:#fbe9e9;border-left:6px solid #9b1c1c;padding:.75rem 1rem;margin:0 0 1rem;border-radius:4px}
.report{border-top:1px solid #dcd8d0;margin-top:.75rem;padding-top:.25rem}
.report h4{margin-top:1rem}
details{margin:.5rem 0 1rem}
summary{cursor:pointer;min-height:44px;padding:.5rem 0;font-weight:600;color:#4a1f72}
fieldset{border:1px solid #b9b2c4;border-radius:6px;padding:.75rem;margin:0 0 1rem}
legend{font-weight:700;padding:0 .25rem}
label{display:block;font-weight:600;margin:.25rem 0}
.check{display:flex;gap:.6rem;align-items:flex-start;font-weight:400;min-height:44px;padding:.4rem 0}
.check input{width:1.4rem;height:1.4rem;margin-top:.15rem;flex:none}
.scores{display:flex;flex-wrap:wrap;gap:.4rem}
.scores label{display:inline-flex;align-items:center;justify-content:center;gap:.3rem;min-width:3.2rem;min-height:44px;border:1px solid #b9b2c4;border-radius:6px;padding:.3rem .5rem;font-weight:600}
.hint{color:#4f4a57;font-weight:400;margin:.1rem 0 .4rem}
textarea{width:100%;min-height:9rem;font:inherit;padding:.6rem;border:2px solid #6b6478;border-radius:6px}
textarea[aria-invalid="true"]{border-color:#9b1c1c}
.error{color:#7f1d1d;font-weight:700;margin:.2rem 0}
button{min-height:48px;background:#4a1f72;color:#fff;border:0;border-radius:6px;padding:.7rem 1.4rem;font:inherit;font-weight:700;cursor:pointer}
.secondary{background:#fff;color:#4a1f72;border:2px solid #4a1f72}
footer{max-width:44rem;margin:0 auto;padding:0 1.25rem 2rem;color:#4f4a57;font-size:.95rem}
`;

export interface PageOptions {
  /** A message after an action, read out by screen readers (role="status"). */
  notice?: string;
  /** Problems with a form the page shows again. */
  problem?: { field: 'reaction' | 'score'; text: string };
  /** The reaction text as typed, when the form comes back with a problem. */
  reactionText?: string;
}

function page(title: string, tableName: string | null, body: string, child = false): string {
  const privacy = child
    ? 'Deze pagina is alleen voor jou. Geef de link niet aan anderen. Wij houden bij wanneer de pagina wordt bekeken, zoals de wet vraagt.'
    : 'Deze pagina is alleen voor u. Deel de link niet met anderen. Wij houden bij wanneer de pagina wordt bekeken, zoals de wet vraagt.';
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex,nofollow">
<title>${escapeHtml(title)} – Jeugdbeschermingstafel</title><style>${STYLE}</style></head>
<body><a class="skip" href="#inhoud">Naar de inhoud</a>
<header><p>Jeugdbeschermingstafel${tableName ? ` ${escapeHtml(tableName)}` : ''}</p></header>
<main id="inhoud" tabindex="-1">${body}</main>
<footer><p>${privacy}</p></footer>
</body></html>`;
}

const p = (text: string) => `<p>${escapeHtml(text)}</p>`;

/** The whole family page of one person. */
export function familyPage(model: FamilyPageModel, token: string, options: PageOptions = {}): string {
  const child = model.audience !== 'PARENT';
  const documents = seesDocuments(model.audience);
  const base = `/gezin/${encodeURIComponent(token)}`;
  const sections: { body: string; id: string; title: string }[] = [
    { body: meetingsSection(model.meetings, child), id: 'gesprek', title: child ? 'Het gesprek' : 'Het gesprek aan tafel' },
    { body: explanationSection(model), id: 'uitleg', title: 'Wat gebeurt er?' },
    ...(documents ? [{ body: reportsSection(model.reports ?? [], base, child), id: 'verslag', title: 'Het verslag' }] : []),
    { body: agreementsSection(model.agreements, model.audience), id: 'afspraken', title: child && !documents ? 'Jouw afspraken' : 'De afspraken' },
    ...(documents ? [{ body: reactionSection(model, base, options, child), id: 'reageren', title: 'Reageren op het verslag' }] : []),
    ...(model.feedback ? [{ body: feedbackSection(model.feedback, base, options), id: 'mening', title: 'Wat vond u van het gesprek?' }] : []),
  ];
  const greeting = child ? `Hoi ${model.firstName}, dit is jouw pagina` : `Hallo ${model.firstName}, dit is uw pagina`;
  const intro = child
    ? 'Hier lees je wat er gebeurt bij het gesprek aan de Jeugdbeschermingstafel over jouw gezin.'
    : 'Hier leest u alles over het gesprek aan de Jeugdbeschermingstafel over uw gezin.';
  const body = `
${options.notice ? `<p class="notice" role="status">${escapeHtml(options.notice)}</p>` : ''}
${options.problem ? `<div class="problem" role="alert"><p><strong>Er ging iets mis.</strong></p><p><a href="#${options.problem.field === 'reaction' ? 'reactie-tekst' : 'cijfer'}">${escapeHtml(options.problem.text)}</a></p></div>` : ''}
<h1>${escapeHtml(greeting)}</h1>
<p>${escapeHtml(intro)}</p>
<nav aria-label="Op deze pagina"><ul>${sections.map((section) => `<li><a href="#${section.id}">${escapeHtml(section.title)}</a></li>`).join('')}</ul></nav>
${sections.map((section) => `<section id="${section.id}" aria-labelledby="${section.id}-titel"><h2 id="${section.id}-titel">${escapeHtml(section.title)}</h2>${section.body}</section>`).join('\n')}
<section aria-labelledby="vragen-titel"><h2 id="vragen-titel">${child ? 'Vragen?' : 'Heeft u vragen?'}</h2>${p(model.contact)}${p(`Deze link werkt tot en met ${dutchDate(model.expiresAt)}.`)}</section>`;
  return page(child ? 'Jouw pagina' : 'Uw pagina', model.tableName, body, child);
}

function meetingsSection(meetings: FamilyMeeting[], child: boolean): string {
  if (meetings.length === 0) return p(child ? 'Er is nog geen datum voor het gesprek. Je hoort het als het gepland is.' : 'Er is nog geen datum voor het gesprek. U hoort het zodra het gepland is.');
  return meetings.map((meeting, index) => {
    const what = meeting.kind === MeetingKind.EVALUATION ? 'Evaluatiegesprek' : 'Tafelgesprek';
    const state = meeting.status === MeetingStatus.CANCELLED ? ' (gaat niet door)' : meeting.status === MeetingStatus.HELD ? ' (is geweest)' : '';
    const end = meeting.endsAt ? ` tot ${dutchTime(meeting.endsAt)}` : '';
    return `${index === 0 ? '' : '<h3>Eerder</h3>'}
<dl>
<dt>${escapeHtml(what)}${escapeHtml(state)}</dt>
<dd>${escapeHtml(`${dutchDay(meeting.startsAt)}, van ${dutchTime(meeting.startsAt)}${end}`)}</dd>
<dt>Waar</dt><dd>${escapeHtml(meeting.location)}</dd>
<dt>Wie zijn er?</dt><dd><ul class="plain">${meeting.who.map((who) => `<li>${escapeHtml(who)}</li>`).join('')}</ul></dd>
</dl>`;
  }).join('');
}

function explanationSection(model: FamilyPageModel): string {
  const parts = explanationsFor(model.audience).map((part) => `<h3>${escapeHtml(part.heading)}</h3>${part.paragraphs.map(p).join('')}`);
  if (model.audience === 'CHILD_WITH_DOCUMENTS') parts.push(`<h3>Het verslag</h3>${p('Na het gesprek komt er een verslag. Je kunt het hier lezen. Klopt er iets niet? Dan mag je reageren.')}`);
  return parts.join('');
}

/** The report's text as the composer writes it: "## " headings, "- " list items, paragraphs. */
function reportText(text: string): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length > 0) out.push(`<ul>${list.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('- ')) {
      list.push(line.slice(2));
      continue;
    }
    flush();
    if (line.startsWith('## ')) out.push(`<h4>${escapeHtml(line.slice(3))}</h4>`);
    else if (line.trim() !== '') out.push(p(line));
  }
  flush();
  return out.join('');
}

function reportsSection(reports: FamilyReport[], base: string, child: boolean): string {
  if (reports.length === 0) return p(child ? 'Het verslag komt na het gesprek. Je ziet het dan hier.' : 'Het verslag komt een paar dagen na het gesprek. U ziet het dan hier, en u krijgt het ook per e-mail.');
  return reports.map((report) => {
    const [latest, ...older] = report.versions;
    const reactions = latest.reactions.length === 0 ? '' : `<h4>Reacties bij dit verslag</h4>${latest.reactions.map((reaction) => `<div class="card"><p><strong>${escapeHtml(reaction.author)}</strong>, ${escapeHtml(dutchDate(reaction.receivedAt))}${reaction.disputesAccuracy ? ' (vindt het verslag niet juist)' : ''}</p>${p(reaction.text)}</div>`).join('')}`;
    const versions = older.length === 0 ? '' : `<details><summary>Eerdere versies van dit verslag (${older.length})</summary><ul class="plain">${older.map((version) => `<li><a href="${base}/verslag/${version.id}.pdf">Versie ${version.version} van ${escapeHtml(dutchDate(version.createdAt))} (PDF)</a></li>`).join('')}</ul></details>`;
    const origin = latest.origin === ReportVersionOrigin.REACTION ? ', met de reacties erbij' : '';
    return `<div class="report"><h3>${escapeHtml(report.title)}</h3>
<p class="muted">Versie ${latest.version} van ${escapeHtml(dutchDate(latest.createdAt))}${origin}. <a href="${base}/verslag/${latest.id}.pdf">Download deze versie (PDF)</a></p>
${reportText(latest.text)}${reactions}${versions}</div>`;
  }).join('');
}

const STATE_WORDS: Readonly<Record<AgreementStatus, string>> = {
  CHANGED: 'Aangepast',
  KEPT: 'Gelukt',
  NOT_KEPT: 'Niet gelukt',
  OPEN: 'Loopt nog',
};

function agreementCard(agreement: FamilyAgreement, child: boolean): string {
  const kind = agreement.state === AgreementStatus.KEPT ? 'kept' : agreement.state === AgreementStatus.NOT_KEPT ? 'not-kept' : agreement.overdue ? 'overdue' : 'open';
  const state = agreement.overdue ? 'De datum is voorbij' : STATE_WORDS[agreement.state];
  const due = agreement.dueOn ? `${child ? 'Wanneer' : 'Uiterlijk'}: ${dutchDate(agreement.dueOn)}` : null;
  const overdue = agreement.overdue ? (agreement.watcherName ? `${agreement.watcherName} kijkt of het gelukt is.` : 'De tafel kijkt of het gelukt is.') : null;
  return `<div class="card card--${kind}">
<p><span class="state state--${kind}">${escapeHtml(state)}</span></p>
<p${agreement.mine ? ' class="mine"' : ''}>${escapeHtml(agreement.description)}</p>
<p>Wie: ${escapeHtml(agreement.responsible)}${agreement.mine ? (child ? ' (jij)' : ' (u)') : ''}</p>
${due ? p(due) : ''}
${agreement.watcherName ? p(`Wie let erop: ${agreement.watcherName}`) : ''}
${agreement.ifNotKept ? p(`Als het niet lukt: ${agreement.ifNotKept}`) : ''}
${overdue ? p(overdue) : ''}
</div>`;
}

function agreementsSection(agreements: FamilyAgreement[], audience: FamilyPageModel['audience']): string {
  const child = audience !== 'PARENT';
  if (agreements.length === 0) {
    if (audience === 'CHILD') return p('Er zijn (nog) geen afspraken die jij zelf doet. De afspraken worden aan het eind van het gesprek gemaakt.');
    return p(child ? 'De afspraken worden aan het eind van het gesprek gemaakt. Je ziet ze daarna hier.' : 'De afspraken worden aan het eind van het gesprek gemaakt. U ziet ze daarna hier, met hoe het ermee gaat.');
  }
  const intro = child ? 'Dit is afgesproken. Je ziet ook hoe het ermee gaat.' : 'Dit is afgesproken aan tafel. Bij elke afspraak ziet u hoe het ermee gaat.';
  return p(intro) + agreements.map((agreement) => agreementCard(agreement, child)).join('');
}

function reactionSection(model: FamilyPageModel, base: string, options: PageOptions, child: boolean): string {
  const pending = model.reactionsPending > 0 ? `<p class="notice">${escapeHtml('Uw reactie is ontvangen. Ze komt bij de volgende versie van het verslag. Iedereen die het verslag kreeg, krijgt die nieuwe versie.')}</p>` : '';
  if (!model.reaction) {
    return pending + p(child ? 'Je kunt reageren zodra het verslag er is, tot een paar dagen daarna.' : 'U kunt reageren zodra het verslag er is. Dat kan tot een paar dagen daarna. Die periode is nu niet open.');
  }
  const invalid = options.problem?.field === 'reaction';
  return `${pending}
${p(child ? `Klopt er iets niet in het verslag, of wil je iets toevoegen? Schrijf het hier. Dat kan tot en met ${dutchDate(model.reaction.until)}.` : `Klopt het verslag niet, of wilt u iets toevoegen? Schrijf het hier. Uw reactie komt bij het verslag, zoals u haar schrijft. Dat kan tot en met ${dutchDate(model.reaction.until)}.`)}
<form method="post" action="${base}/reactie">
<label for="reactie-tekst">${child ? 'Jouw reactie' : 'Uw reactie'}</label>
<p class="hint" id="reactie-hint">Hoogstens 5000 tekens.</p>
${invalid ? `<p class="error" id="reactie-fout">${escapeHtml(options.problem!.text)}</p>` : ''}
<textarea id="reactie-tekst" name="text" required maxlength="5000" aria-describedby="reactie-hint${invalid ? ' reactie-fout' : ''}"${invalid ? ' aria-invalid="true"' : ''}>${escapeHtml(options.reactionText ?? '')}</textarea>
<label class="check"><input type="checkbox" name="disputesAccuracy" value="true"> <span>Het verslag klopt niet met wat er in het gesprek is gezegd</span></label>
<button type="submit">Reactie versturen</button>
</form>`;
}

function feedbackSection(feedback: NonNullable<FamilyPageModel['feedback']>, base: string, options: PageOptions): string {
  if (feedback.state === 'ANSWERED') return p('Dank u wel. Uw antwoord is ontvangen.');
  const invalid = options.problem?.field === 'score';
  const scores = Array.from({ length: 10 }, (_, index) => index + 1)
    .map((score) => `<label><input type="radio" name="score" value="${score}"${score === 1 ? ' id="cijfer"' : ''} required> ${score}</label>`)
    .join('');
  return `${p(`Wij willen graag weten hoe u het gesprek vond. Zo kan de tafel het beter doen. Meedoen is vrijwillig. Het kan tot en met ${dutchDate(feedback.closesAt)}.`)}
<form method="post" action="${base}/mening">
<fieldset${invalid ? ' aria-describedby="cijfer-fout"' : ''}><legend>Welk cijfer geeft u het gesprek? (1 is heel slecht, 10 is heel goed)</legend>
${invalid ? `<p class="error" id="cijfer-fout">${escapeHtml(options.problem!.text)}</p>` : ''}
<div class="scores">${scores}</div></fieldset>
<label for="mening-toelichting">Wilt u iets uitleggen? (niet verplicht)</label>
<textarea id="mening-toelichting" name="comment" maxlength="5000"></textarea>
<p><button type="submit">Versturen</button></p>
</form>`;
}

/** A link that does not open a page: what happened and what to do, in plain words. */
export function linkProblemPage(problem: FamilyLinkProblem, contact: string | null, token: string | null, sent = false): string {
  const what: Record<FamilyLinkProblem, string[]> = {
    expired: ['Deze link werkt niet meer. Een link werkt een paar maanden. Daarna stopt hij, om uw gegevens te beschermen.'],
    replaced: ['Deze link werkt niet meer. Er is een nieuwe link gestuurd. Gebruik de link uit de nieuwste e-mail.'],
    unknown: ['Wij kennen deze link niet. Misschien is er een stukje weggevallen bij het kopiëren.', 'Open de link opnieuw vanuit de e-mail. Of kopieer de hele link, tot het einde.'],
  };
  const ask = token && problem !== 'unknown'
    ? sent
      ? `<p class="notice" role="status">Als wij uw e-mailadres hebben, krijgt u binnen een paar minuten een nieuwe link. Kijk ook bij de ongewenste e-mail.</p>`
      : `<h2>Een nieuwe link</h2>${p('Wij sturen een nieuwe link naar het e-mailadres dat wij van u hebben. Niet naar een ander adres.')}
<form method="post" action="/gezin/${encodeURIComponent(token)}/nieuwe-link"><button type="submit">Stuur mij een nieuwe link</button></form>`
    : '';
  const help = contact ?? 'Lukt het niet? Neem dan contact op met de professional die uw gezin begeleidt. Die kan u een nieuwe link sturen.';
  return page('Link werkt niet', null, `<h1>Deze pagina kunnen we niet openen</h1>${what[problem].map(p).join('')}${ask}<h2>Hulp nodig?</h2>${p(help)}`);
}
