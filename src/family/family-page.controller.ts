import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { FeedbackFormClosedError } from '../feedback/feedback-answer.service';
import { FamilyLinkUnusableError, FamilyReactionClosedError } from './family.errors';
import { FamilyPageService } from './family-page.service';
import { familyPage, linkProblemPage, PageOptions } from './family-page.pages';

const MAX_TEXT = 5000;

/** What a page says after an action that went well (the page is shown again, PRG). */
const NOTICES: Record<string, string> = {
  mening: 'Dank u wel. Uw antwoord is ontvangen.',
  reactie: 'Dank u wel. Uw reactie is ontvangen. Ze komt bij de volgende versie van het verslag.',
};

/**
 * The family page (issue 13) at /gezin/<secret>, outside /api and without signing in: the secret in
 * the link is the authorisation, and it opens this one person's page and nothing else. Drawn on the
 * server like the other pages behind links in mail (src/public-forms). A lost, expired or replaced
 * link gets a page that says what to do; an expired one can ask for a new link, which goes to the
 * address on record.
 */
@ApiExcludeController()
@Controller('gezin')
@Public()
export class FamilyPageController {
  constructor(private readonly pages: FamilyPageService) {}

  @Get(':token')
  async show(@Param('token') token: string, @Query('bericht') message: string | undefined, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.answer(response, token, async () => familyPage(await this.pages.open(token, request.ip ?? null), token, { notice: message ? NOTICES[message] : undefined }));
  }

  @Post(':token/reactie')
  async react(@Param('token') token: string, @Body() body: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    const text = typeof body.text === 'string' ? body.text.trim() : '';
    if (text === '' || text.length > MAX_TEXT) {
      const problem: PageOptions['problem'] = { field: 'reaction', text: text === '' ? 'Schrijf uw reactie in het tekstvak.' : `Uw reactie is te lang. Gebruik hoogstens ${MAX_TEXT} tekens.` };
      await this.answer(response, token, async () => familyPage(await this.pages.open(token, request.ip ?? null), token, { problem, reactionText: text }), 400);
      return;
    }
    try {
      await this.pages.react(token, request.ip ?? null, { disputesAccuracy: body.disputesAccuracy === 'true', text });
    } catch (error) {
      if (!(error instanceof FamilyReactionClosedError)) return this.problem(response, token, error);
      const problem: PageOptions['problem'] = { field: 'reaction', text: 'Reageren kan nu niet meer: de periode om te reageren is voorbij.' };
      return this.answer(response, token, async () => familyPage(await this.pages.open(token, request.ip ?? null), token, { problem }), 409);
    }
    this.seeOther(response, token, 'reactie', 'reageren');
  }

  @Post(':token/mening')
  async feedback(@Param('token') token: string, @Body() body: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    const score = Number(body.score);
    if (!Number.isInteger(score) || score < 1 || score > 10) {
      const problem: PageOptions['problem'] = { field: 'score', text: 'Kies een cijfer van 1 tot en met 10.' };
      await this.answer(response, token, async () => familyPage(await this.pages.open(token, request.ip ?? null), token, { problem }), 400);
      return;
    }
    const comment = typeof body.comment === 'string' && body.comment.trim() !== '' ? body.comment.trim().slice(0, MAX_TEXT) : null;
    try {
      await this.pages.answerFeedback(token, request.ip ?? null, { comment, score });
    } catch (error) {
      // Answered already, or the round closed meanwhile: the page shows the form's state as it is now.
      if (!(error instanceof FeedbackFormClosedError)) return this.problem(response, token, error);
    }
    this.seeOther(response, token, 'mening', 'mening');
  }

  @Get(':token/verslag/:versionId')
  async report(@Param('token') token: string, @Param('versionId') versionId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    let pdf: Awaited<ReturnType<FamilyPageService['reportPdf']>>;
    try {
      pdf = /^[0-9a-f-]{36}$/i.test(versionId) ? await this.pages.reportPdf(token, request.ip ?? null, versionId) : null;
    } catch (error) {
      return this.problem(response, token, error);
    }
    if (!pdf) {
      this.headers(response).status(404).type('text/plain; charset=utf-8').send('Dit verslag is er niet, of is niet voor u.');
      return;
    }
    this.headers(response).status(200).set({ 'Content-Disposition': `inline; filename="${pdf.fileName}"`, 'Content-Type': 'application/pdf' }).send(pdf.bytes);
  }

  @Post(':token/nieuwe-link')
  async newLink(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.pages.requestNewLink(token, request.ip ?? null);
    // The same answer whether or not the link was known, so that the page gives nothing away.
    this.headers(response).status(200).send(linkProblemPage('expired', null, token, true));
  }

  private async answer(response: Response, token: string, render: () => Promise<string>, status = 200): Promise<void> {
    try {
      const html = await render();
      this.headers(response).status(status).send(html);
    } catch (error) {
      this.problem(response, token, error);
    }
  }

  private problem(response: Response, token: string, error: unknown): void {
    if (!(error instanceof FamilyLinkUnusableError)) throw error;
    this.headers(response).status(error.problem === 'unknown' ? 404 : 410).send(linkProblemPage(error.problem, error.contact, token));
  }

  private seeOther(response: Response, token: string, message: string, anchor: string): void {
    this.headers(response).redirect(303, `/gezin/${encodeURIComponent(token)}?bericht=${message}#${anchor}`);
  }

  /**
   * Never kept by a browser or proxy, no referrer (the secret is in the address), and a policy that
   * allows this page's own style and forms only: no script, no frame, nothing from elsewhere.
   */
  private headers(response: Response): Response {
    return response.set({
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      'Content-Type': 'text/html; charset=utf-8',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'X-Robots-Tag': 'noindex, nofollow',
    });
  }
}
