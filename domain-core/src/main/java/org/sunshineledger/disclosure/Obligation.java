package org.sunshineledger.disclosure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What must be published and by when (公开义务): an event of another context, the publisher the rules
 * make responsible, and the due date counted in working days from the event. It is met by the first
 * publication of a disclosure with the same subject; until then, after the due date, it is overdue.
 *
 * @param subject what the event was about, a stable key such as {@code allocation:42}
 * @param event the event
 * @param publisher who must publish
 * @param title what the notice will be about
 * @param eventDate when the event happened
 * @param dueDate the last day to publish
 */
public record Obligation(
    String subject,
    PublishableEvent event,
    Publisher publisher,
    String title,
    LocalDate eventDate,
    LocalDate dueDate) {
  /**
   * An obligation.
   *
   * @param subject the subject key
   * @param event the event
   * @param publisher the publisher
   * @param title the title
   * @param eventDate the event's day
   * @param dueDate the due date
   */
  public Obligation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(eventDate, "eventDate");
    Objects.requireNonNull(dueDate, "dueDate");
  }

  /**
   * The obligation an event creates, due {@link DisclosureKind#dueWorkingDays()} working days after
   * it.
   *
   * @param subject the subject key
   * @param event the event
   * @param publisher who must publish
   * @param title what about
   * @param eventDate when it happened
   * @param calendar the working-day calendar
   * @return the obligation
   */
  public static Obligation arising(
      String subject,
      PublishableEvent event,
      Publisher publisher,
      String title,
      LocalDate eventDate,
      WorkingCalendar calendar) {
    return new Obligation(
        subject,
        event,
        publisher,
        title,
        eventDate,
        calendar.addWorkingDays(eventDate, event.kind().dueWorkingDays()));
  }

  /**
   * Returns the kind of disclosure that meets it.
   *
   * @return the kind
   */
  public DisclosureKind kind() {
    return event.kind();
  }

  /**
   * Whether the obligation is overdue on a day: not yet met and past its due date.
   *
   * @param today the day
   * @param publishedOn the day it was first published, or null if not yet
   * @return true when it belongs on the overdue list
   */
  public boolean overdue(LocalDate today, LocalDate publishedOn) {
    return publishedOn == null && today.isAfter(dueDate);
  }

  /**
   * Whether it was met, but after its due date.
   *
   * @param publishedOn the day it was first published
   * @return true when published late
   */
  public boolean metLate(LocalDate publishedOn) {
    return publishedOn != null && publishedOn.isAfter(dueDate);
  }
}
