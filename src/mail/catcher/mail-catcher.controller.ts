import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { Public } from '../../auth/public.decorator';
import { EnvironmentDto } from '../../config/environment.dto';
import { CaughtMailStore } from './caught-mail.store';
import { mailListPage, mailPage, notFoundPage } from './mail-catcher.page';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The page at /mail (outside /api) that shows what the local mail catcher received: a development
 * tool. It answers only when MAIL_CATCHER is on and only to a browser on this machine, because the
 * caught mail holds the (fictional or not) personal data of families; everyone else gets a 404.
 */
@ApiExcludeController()
@Controller('mail')
@Public()
export class MailCatcherController {
  constructor(
    private readonly env: EnvironmentDto,
    private readonly store: CaughtMailStore,
  ) {}

  @Get()
  async list(@Req() request: Request, @Res() response: Response): Promise<void> {
    if (!this.allowed(request, response)) return;
    this.html(response, 200, mailListPage(await this.store.list()));
  }

  @Get(':id')
  async show(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    if (!this.allowed(request, response)) return;
    const mail = await this.store.get(id);
    if (!mail) return this.html(response, 404, notFoundPage());
    this.html(response, 200, mailPage(id, mail));
  }

  @Get(':id/attachments/:index')
  async attachment(@Param('id') id: string, @Param('index') index: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    if (!this.allowed(request, response)) return;
    const attachment = (await this.store.get(id))?.attachments[Number.parseInt(index, 10)];
    if (!attachment) return this.html(response, 404, notFoundPage());
    const filename = (attachment.filename ?? `bijlage-${index}`).replace(/["\\\r\n]/g, '_');
    response
      .status(200)
      .set({ 'Content-Disposition': `attachment; filename="${filename}"`, 'Content-Type': attachment.contentType, 'X-Content-Type-Options': 'nosniff' })
      .send(attachment.content);
  }

  private allowed(request: Request, response: Response): boolean {
    if (this.env.MAIL_CATCHER && LOOPBACK.has(request.socket.remoteAddress ?? '')) return true;
    response.status(404).json({ code: 'NOT_FOUND', message: 'Not found' });
    return false;
  }

  private html(response: Response, status: number, body: string): void {
    response
      .status(status)
      .set({ 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'", 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff' })
      .send(body);
  }
}
