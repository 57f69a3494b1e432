package org.sunshineledger.portal.fund;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.shared.DueWork;

/**
 * The fund chain's forms on the workbench: the district admin's funds and allocations, the
 * townships' projects.
 */
@ApplicationScoped
class FundDueWork implements DueWork {
  @Override
  public List<Item> dueFor(Actor actor, LocalDate today) {
    return List.of();
  }

  @Override
  public List<Task> tasksFor(Actor actor) {
    List<Task> tasks = new java.util.ArrayList<>();
    if (actor.role() == Role.DISTRICT_ADMIN) {
      tasks.add(new Task("fund.writeFund", "/funds/new"));
      tasks.add(new Task("fund.writeAllocation", "/allocations/new"));
    }
    if (actor.role() == Role.DISTRICT_ADMIN || actor.role() == Role.TOWNSHIP_OFFICER) {
      tasks.add(new Task("project.writeProject", "/projects/new"));
    }
    if (actor.role() != Role.AUDITOR && actor.role() != Role.DONOR) {
      tasks.add(new Task("asset.writeDistribution", "/distributions/new"));
    }
    return tasks;
  }
}
