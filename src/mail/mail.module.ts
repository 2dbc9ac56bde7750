import { Module } from '@nestjs/common';
import { CaughtMailStore } from './catcher/caught-mail.store';
import { MailCatcherController } from './catcher/mail-catcher.controller';
import { MailCatcherServer } from './catcher/mail-catcher.server';
import { OutboxDispatcher } from './outbox-dispatcher.service';
import { OutboxWriter } from './outbox.writer';
import { SmtpTransportFactory } from './smtp-transport.factory';

/**
 * Mail: the outbox that workers write in their transaction, the dispatcher that sends it over SMTP
 * (in processes that run workers), and, for development, the local mail catcher with its page at /mail.
 */
@Module({
  controllers: [MailCatcherController],
  exports: [OutboxDispatcher, OutboxWriter, SmtpTransportFactory],
  providers: [CaughtMailStore, MailCatcherServer, OutboxDispatcher, OutboxWriter, SmtpTransportFactory],
})
export class MailModule {}
