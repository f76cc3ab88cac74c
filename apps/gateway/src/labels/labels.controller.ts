import { Controller, Get, Req } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  BILLING_LABEL_SETS,
  RECALL_LABELS,
  SUGGESTION_BENEFITS,
  SUGGESTION_DECLINE_REASONS,
  SUGGESTION_STATUSES,
  SUGGESTION_TOPICS,
  CASE_STATUSES,
  CHANNELS,
  CommandSubjects,
  CUSTOMER_TIERS,
  HAZARD_TYPES,
  NOTIFICATION_TEMPLATES,
  PRODUCT_CATEGORIES,
  SERVICE_TYPES,
  TECHNICIAN_STATUSES,
  WORK_ORDER_STATUSES,
  type Label,
} from '@aftersales/contracts';
import { CommandClient } from '@aftersales/messaging';
import { OUTLET_LABELS } from '../outlets/outlet-labels';
import { correlationIdOfRequest } from '../http/correlation-id.middleware';
import { prefersEnglish } from '../http/language';
import { Allow } from '../auth/roles.decorator';

type LabelSets = Record<string, Record<string, Label>>;

const CONTRACT_LABELS: LabelSets = {
  serviceTypes: SERVICE_TYPES,
  channels: CHANNELS,
  customerTiers: CUSTOMER_TIERS,
  caseStatuses: CASE_STATUSES,
  productCategories: PRODUCT_CATEGORIES,
  workOrderStatuses: WORK_ORDER_STATUSES,
  technicianStatuses: TECHNICIAN_STATUSES,
  hazardTypes: HAZARD_TYPES,
  notificationTemplates: NOTIFICATION_TEMPLATES,
  ...BILLING_LABEL_SETS,
  ...OUTLET_LABELS,
  suggestionTopics: SUGGESTION_TOPICS,
  suggestionStatuses: SUGGESTION_STATUSES,
  suggestionBenefits: SUGGESTION_BENEFITS,
  suggestionDeclineReasons: SUGGESTION_DECLINE_REASONS,
  ...RECALL_LABELS,
};

@ApiTags('labels')
@Controller('api/v1/labels')
export class LabelsController {
  constructor(private readonly commands: CommandClient) {}

  @Allow('customer_service', 'dispatcher', 'technician', 'warehouse_clerk', 'finance', 'quality_officer', 'outlet_manager', 'integration_client')
  @Get()
  @ApiOperation({ summary: 'Every code with the label people read, in Chinese (default) or English (Accept-Language: en)' })
  @ApiHeader({ name: 'Accept-Language', required: false, example: 'en' })
  async labels(@Req() req: Request): Promise<Record<string, Record<string, string>>> {
    const ruleLabels = await this.commands.send(CommandSubjects.intakeGetRuleLabels, {}, { correlationId: correlationIdOfRequest(req) });
    const english = prefersEnglish(req.headers['accept-language']);
    const sets: LabelSets = { ...CONTRACT_LABELS, ...ruleLabels };
    return Object.fromEntries(
      Object.entries(sets).map(([name, labels]) => [name, Object.fromEntries(Object.entries(labels).map(([code, label]) => [code, english ? label.en : label.zh]))]),
    );
  }
}
