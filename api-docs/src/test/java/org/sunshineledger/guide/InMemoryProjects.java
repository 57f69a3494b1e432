package org.sunshineledger.guide;

import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sunshineledger.project.Project;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.project.Projects;
import org.sunshineledger.region.TownshipId;

/** The guide's in-memory implementation of the {@link Projects} port. */
// tag::in-memory-projects[]
final class InMemoryProjects implements Projects {
  private final Snapshots<ProjectId, Project> projects =
      new Snapshots<>(
          Project::id,
          p ->
              Project.restore(
                  p.id(), p.plan(), p.stage(), p.history(), p.inspections(), p.fundingLines()),
          Comparator.comparingLong(p -> p.id().value()));

  @Override
  public ProjectId nextId() {
    return new ProjectId(projects.nextId());
  }

  @Override
  public Optional<Project> find(ProjectId id) {
    return projects.find(id);
  }

  @Override
  public List<Project> ledBy(TownshipId township, Year year) {
    return projects.where(
        p -> p.plan().leadTownship().equals(township) && p.plan().year().equals(year));
  }

  @Override
  public void save(Project project) {
    projects.save(project);
  }
}
// end::in-memory-projects[]
