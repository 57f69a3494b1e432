package org.sunshineledger.disclosure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.sunshineledger.kernel.DomainException;

/**
 * Working days (工作日) as data: Monday to Friday, less the public holidays, plus the weekend days
 * declared working days in their place (调休). Due dates of disclosures count in these days.
 */
public final class WorkingCalendar {
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workingWeekendDays;

  /**
   * A calendar.
   *
   * @param holidays weekdays that are not worked
   * @param workingWeekendDays Saturdays and Sundays that are worked
   */
  public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {
    this.holidays = Set.copyOf(holidays);
    this.workingWeekendDays = Set.copyOf(workingWeekendDays);
  }

  /**
   * Whether a day is worked.
   *
   * @param day the day
   * @return true on a working day
   */
  public boolean isWorkingDay(LocalDate day) {
    if (workingWeekendDays.contains(day)) {
      return true;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
  }

  /**
   * Counts the working days left from today until a due day: the working days after today up to and
   * including the due day. A due day already past gives the working days since it, negative.
   *
   * @param today the day counted from, which does not count
   * @param due the last day allowed
   * @return working days left, 0 when today is the due day or no working day lies between
   */
  public long workingDaysLeft(LocalDate today, LocalDate due) {
    long count = 0;
    if (due.isAfter(today)) {
      for (LocalDate day = today.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
        count += isWorkingDay(day) ? 1 : 0;
      }
      return count;
    }
    for (LocalDate day = due.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
      count -= isWorkingDay(day) ? 1 : 0;
    }
    return count;
  }

  /**
   * Returns the day that closes {@code days} working days after an event: the event's own day does
   * not count.
   *
   * @param event the day of the event
   * @param days working days, 0 or more
   * @return the last day allowed
   */
  public LocalDate addWorkingDays(LocalDate event, int days) {
    if (days < 0) {
      throw new DomainException(
          "disclosure.working-days", "working days cannot be negative", Map.of("days", days));
    }
    LocalDate day = event;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
