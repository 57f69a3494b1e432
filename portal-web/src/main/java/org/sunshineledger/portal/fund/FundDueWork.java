package org.sunshineledger.portal.fund;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.shared.DueWork;

/** The fund chain's forms on the workbench: the district admin's funds and allocations. */
@ApplicationScoped
class FundDueWork implements DueWork {
  @Override
  public List<Item> dueFor(Actor actor, LocalDate today) {
    return List.of();
  }

  @Override
  public List<Task> tasksFor(Actor actor) {
    return actor.role() == Role.DISTRICT_ADMIN
        ? List.of(
            new Task("fund.writeFund", "/funds/new"),
            new Task("fund.writeAllocation", "/allocations/new"))
        : List.of();
  }
}
