import { Param } from '@nestjs/common';
import { caseNoSchema } from '@aftersales/contracts';
import { ZodValidationPipe } from '@aftersales/messaging';

/** The `:caseNo` path parameter, validated. */
export const CaseNoParam = (): ParameterDecorator => Param('caseNo', new ZodValidationPipe(caseNoSchema, 'caseNo'));
