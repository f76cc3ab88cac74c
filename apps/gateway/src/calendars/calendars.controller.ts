import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { workingCalendarSchema, type WorkingCalendarPolicy } from '@aftersales/contracts';
import { ZodValidationPipe } from '@aftersales/messaging';
import { openApiSchema } from '../http/openapi';
import { CalendarChangeService } from './calendar-change.service';
import { AdminOnly } from '../auth/roles.decorator';

@ApiTags('policies')
@Controller('api/v1/calendars')
export class CalendarsController {
  constructor(private readonly calendars: CalendarChangeService) {}

  @AdminOnly()
  @Post('changes')
  @HttpCode(202)
  @ApiOperation({
    summary: 'A new version of a working calendar (holidays, make-up days): open cases on it re-target their working-time deadlines',
    description: 'New cases take calendars from the active policy: publish a policy version with this calendar as well.',
  })
  @ApiBody({ schema: openApiSchema(workingCalendarSchema) })
  change(@Body(new ZodValidationPipe(workingCalendarSchema)) calendar: WorkingCalendarPolicy): Promise<{ calendarId: string; version: string; casesSignalled: number }> {
    return this.calendars.retarget(calendar);
  }
}
