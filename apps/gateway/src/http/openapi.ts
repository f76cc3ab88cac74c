import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';

/** The OpenAPI schema of a contract's zod schema, so the document and the validation never disagree. */
export function openApiSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input' }) as Record<string, unknown>;
}

export const OPENAPI_PATH = 'api/docs';

export function setUpOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('After-sales service API (售后服务)')
    .setDescription('Service cases from intake to closing. Every operation names the roles that may call it (`x-roles`; administrators may call all) and how technicians and outlet managers are confined (`x-scope`); 401 without credentials, 403 for another role or scope, 429 over the rate limit. Errors answer `{ code, message, errors[], correlationId }`; messages follow Accept-Language (zh by default, en on request).')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A signed token (`npm run token -- --role dispatcher`)' }, 'bearer')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'x-api-key', description: 'An integration client key' }, 'api-key')
    .addSecurityRequirements('bearer')
    .addSecurityRequirements('api-key')
    .build();
  SwaggerModule.setup(OPENAPI_PATH, app, () => SwaggerModule.createDocument(app, config), { jsonDocumentUrl: `${OPENAPI_PATH}-json` });
}
