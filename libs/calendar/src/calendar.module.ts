import { Module } from '@nestjs/common';
import { CalendarService } from './calendar.service';

/** The calendar of this process (CalendarService); needs the EventStore (InfrastructureModule). */
@Module({ providers: [CalendarService], exports: [CalendarService] })
export class CalendarModule {}
