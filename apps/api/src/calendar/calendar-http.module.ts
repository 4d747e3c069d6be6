import { Module } from '@nestjs/common';
import { CalendarModule } from '@app/calendar';
import { CalendarController } from './calendar.controller';

/** GET /calendar and POST /calendar/years over the process's CalendarService. */
@Module({ imports: [CalendarModule], controllers: [CalendarController] })
export class CalendarHttpModule {}
