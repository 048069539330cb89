import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

export interface OutgoingMail {
  to: string;
  /** Shown as the sender's name (the ticketing's), with the configured address (MAIL_FROM). */
  fromName?: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** Stable Message-ID: a retried job sends the same message, so clients can deduplicate. */
  messageId?: string;
}

/** SMTP delivery (nodemailer). Used by worker processors only. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = createTransport(config.SMTP_URL);
  }

  async send({ fromName, ...mail }: OutgoingMail): Promise<void> {
    await this.transport.sendMail({ from: fromName ? { name: fromName, address: this.fromAddress() } : this.config.MAIL_FROM, ...mail });
  }

  /** The address of MAIL_FROM ("Guichet <tickets@guichet.local>" → tickets@guichet.local). */
  private fromAddress(): string {
    const from = this.config.MAIL_FROM.trim();
    return /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from;
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
