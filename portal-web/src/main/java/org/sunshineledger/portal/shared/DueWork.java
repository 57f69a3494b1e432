package org.sunshineledger.portal.shared;

import java.time.LocalDate;
import java.util.List;
import org.sunshineledger.access.Actor;

/**
 * What a room has waiting for an official, for the workbench (工作台): each context that holds work
 * with a deadline or a queue implements it as a CDI bean, and the workbench gathers them all
 * without knowing the rooms.
 */
public interface DueWork {
  /**
   * What waits for the actor within their scope.
   *
   * @param actor the official
   * @param today the district's today
   * @return the items, in any order
   */
  List<Item> dueFor(Actor actor, LocalDate today);

  /**
   * The forms of the room the actor may fill in, for the workbench's list of tasks.
   *
   * @param actor the official
   * @return the forms, none by default
   */
  default List<Task> tasksFor(Actor actor) {
    return List.of();
  }

  /**
   * A form an official may fill in.
   *
   * @param label the key of its name in the pages' bundle
   * @param href the form, below the portal's root
   */
  record Task(String label, String href) {}

  /**
   * One thing waiting for an official.
   *
   * @param kind what kind of work, the key of its name in the pages' bundle ({@code due.<kind>})
   * @param title what it is about
   * @param place the township or village it belongs to, empty for the district
   * @param href the page that settles it, below the portal's root
   * @param due the last day allowed, null when it has no deadline
   * @param workingDaysLeft working days left until then on the holiday calendar (negative once
   *     overdue), null without a deadline counted in working days
   * @param waitingDays calendar days it has waited, null when not counted so
   */
  record Item(
      String kind,
      String title,
      String place,
      String href,
      LocalDate due,
      Long workingDaysLeft,
      Long waitingDays) {}
}
