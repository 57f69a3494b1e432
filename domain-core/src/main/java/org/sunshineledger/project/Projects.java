package org.sunshineledger.project;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.sunshineledger.region.TownshipId;

/**
 * The projects an embedding system keeps (项目库): the repository port of the {@link Project}
 * aggregate, implemented over the embedder's own storage. The embedding guide shows an in-memory
 * and a plain JDBC implementation that pass the same contract.
 *
 * <p>The contract every implementation keeps:
 *
 * <ul>
 *   <li>{@link #save(Project)} stores the whole aggregate — its plan, stage, history, inspections
 *       and funding lines — or nothing, replacing what was stored under its id;
 *   <li>what {@link #find(ProjectId)} returns is the project as last saved, and changing it changes
 *       nothing stored until it is saved again;
 *   <li>writers of one project are serialised by the caller's unit of work (a row lock, a version
 *       column or a lock of its own), since the port cannot know the embedder's transactions.
 * </ul>
 */
public interface Projects {
  /**
   * Hands out an id no stored or earlier handed-out project has.
   *
   * @return a fresh id
   */
  ProjectId nextId();

  /**
   * The project stored under an id.
   *
   * @param id its id
   * @return the project as last saved, or empty when none is stored under the id
   */
  Optional<Project> find(ProjectId id);

  /**
   * The projects a township leads in a plan year (年度项目计划), the township's answer for its plan.
   *
   * @param township the leading township
   * @param year the plan year
   * @return those projects in id order, none when it leads none
   */
  List<Project> ledBy(TownshipId township, Year year);

  /**
   * Stores the whole project, replacing what was stored under its id.
   *
   * @param project the project
   */
  void save(Project project);
}
