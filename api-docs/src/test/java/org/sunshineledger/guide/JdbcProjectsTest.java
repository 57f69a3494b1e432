package org.sunshineledger.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Year;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.sunshineledger.project.Inspection;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.project.ProjectStage;
import org.sunshineledger.project.Projects;

class JdbcProjectsTest extends ProjectsContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private JdbcProjects last;

  @Override
  Projects emptyProjects() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:projects-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    last = new JdbcProjects(h2);
    last.createTables();
    return last;
  }

  @Test
  void creating_the_tables_twice_keeps_what_is_stored() {
    var id = last.nextId();
    last.createTables();
    assertEquals(id.value() + 1, last.nextId().value());
  }

  @Test
  void a_save_the_database_refuses_leaves_the_stored_project_as_it_was() {
    Projects projects = emptyProjects();
    ProjectId id = projects.nextId();
    projects.save(implemented(id, HUANGQUAN, Year.of(2019)));
    Project changed = projects.find(id).orElseThrow();
    // the root row and the history are written before the inspection the column cannot hold
    changed.recordInspection(new Inspection("district-inspector", AT, "长".repeat(4001), "督查-9"));
    changed.advanceTo(ProjectStage.COMPLETION_ACCEPTED, "eshan-officer", AT, "验收-1");

    assertThrows(JdbcProjects.StorageFailed.class, () -> projects.save(changed));

    Project stored = projects.find(id).orElseThrow();
    assertEquals(ProjectStage.IMPLEMENTATION, stored.stage());
    assertEquals(4, stored.history().size());
    assertEquals(1, stored.inspections().size());
  }
}
