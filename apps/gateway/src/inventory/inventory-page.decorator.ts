import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';

/** The OpenAPI description of an inventory list's page (`inventoryPageFields`: limit 1–500, default 100, offset). */
export const ApiInventoryPage = () =>
  applyDecorators(ApiQuery({ name: 'limit', required: false, example: 100, description: '1–500' }), ApiQuery({ name: 'offset', required: false, example: 0 }));
