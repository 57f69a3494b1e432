package org.sunshineledger.portal.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sunshineledger.access.Actor;
import org.sunshineledger.portal.page.Language;
import org.sunshineledger.portal.page.PageRenderer;
import org.sunshineledger.portal.shared.DueWork;
import org.sunshineledger.portal.sheet.SheetJobs;

/**
 * The imports on the workbench: the page of the lists the official may send, and the imports they
 * started that still need them (being checked or stored, or refused or failed).
 */
@ApplicationScoped
class ImportDueWork implements DueWork {
  @Inject SheetJobs jobs;

  @Override
  public List<Item> dueFor(Actor actor, LocalDate today) {
    List<Item> items = new ArrayList<>();
    for (SheetJobs.Job job : jobs.unsettledOf(actor)) {
      String kind = PageRenderer.message(Language.ZH, jobs.kind(job.kind()).titleKey());
      String state = PageRenderer.message(Language.ZH, "imports.due." + job.state());
      items.add(
          new Item(
              "importJob",
              kind + "导入" + state + "（" + job.rowsRead() + " 行）",
              "",
              "/imports/jobs/" + job.id(),
              null,
              null,
              null));
    }
    return items;
  }

  @Override
  public List<Task> tasksFor(Actor actor) {
    return jobs.kindsFor(actor).isEmpty()
        ? List.of()
        : List.of(new Task("imports.task", "/imports"));
  }
}
