import { BadRequestException, Body, Controller, Header, HttpCode, Inject, Module, Options, Post, Req, Res, type DynamicModule } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { ENVIRONMENT, type Environment } from '@aftersales/config';
import { payloadCodecOf } from './payload-codec';

const PAYLOAD_CODEC = Symbol('PAYLOAD_CODEC');

interface PayloadsBody {
  payloads?: unknown[];
}

/** The codec's wire form (Temporal's JSON protobuf: bytes in base64) to payloads and back. */
function fromJson(body: PayloadsBody): Payload[] {
  if (!Array.isArray(body?.payloads)) throw new BadRequestException('expected { "payloads": [...] }');
  try {
    return body.payloads.map((p) => temporal.api.common.v1.Payload.fromObject(p as Record<string, unknown>));
  } catch (error) {
    throw new BadRequestException(`not a payload: ${(error as Error).message}`);
  }
}
const toJson = (payloads: Payload[]) => ({
  payloads: payloads.map((p) => temporal.api.common.v1.Payload.toObject(temporal.api.common.v1.Payload.create(p), { bytes: String })),
});

/**
 * The codec endpoint of the Temporal UI and CLI (`--codec-endpoint`): POST /decode shows encrypted
 * payloads in clear to whoever may reach this port, POST /encode the reverse. Only the configured UI
 * origins get CORS; without a key both answer the payloads unchanged.
 */
@Controller()
export class PayloadCodecController {
  constructor(
    @Inject(PAYLOAD_CODEC) private readonly codec: PayloadCodec | null,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  @Options(['decode', 'encode'])
  @HttpCode(204)
  @Header('access-control-allow-methods', 'POST, OPTIONS')
  @Header('access-control-allow-headers', 'content-type, x-namespace, authorization')
  preflight(@Req() req: Request, @Res({ passthrough: true }) res: Response): void {
    this.allowOrigin(req, res);
  }

  @Post('decode')
  @HttpCode(200)
  decode(@Body() body: PayloadsBody, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.transcode('decode', body, req, res);
  }

  @Post('encode')
  @HttpCode(200)
  encode(@Body() body: PayloadsBody, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.transcode('encode', body, req, res);
  }

  private async transcode(direction: 'decode' | 'encode', body: PayloadsBody, req: Request, res: Response) {
    this.allowOrigin(req, res);
    const payloads = fromJson(body);
    return toJson(this.codec ? await this.codec[direction](payloads) : payloads);
  }

  private allowOrigin(req: Request, res: Response): void {
    const origin = req.headers.origin;
    if (origin && this.env.TEMPORAL_CODEC_CORS_ORIGINS.includes(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader('vary', 'Origin');
    }
  }
}

/** Serves the codec endpoint in an app that holds the payload key (the worker). */
@Module({})
export class PayloadCodecModule {
  static forRoot(): DynamicModule {
    return {
      module: PayloadCodecModule,
      controllers: [PayloadCodecController],
      providers: [{ provide: PAYLOAD_CODEC, inject: [ENVIRONMENT], useFactory: (env: Environment) => payloadCodecOf(env) ?? null }],
    };
  }
}
