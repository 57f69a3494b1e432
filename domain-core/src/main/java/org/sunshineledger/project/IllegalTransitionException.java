package org.sunshineledger.project;

import java.util.Map;
import org.sunshineledger.kernel.DomainException;

/** A project was asked to move to a stage its lifecycle does not allow from where it is. */
public final class IllegalTransitionException extends DomainException {
  private static final long serialVersionUID = 1L;

  IllegalTransitionException(ProjectId project, ProjectStage from, ProjectStage to) {
    super(
        "project.illegal-transition",
        "project "
            + project.value()
            + " cannot move from "
            + from
            + " ("
            + from.chineseName()
            + ") to "
            + to
            + " ("
            + to.chineseName()
            + ")",
        Map.of("project", project.value(), "from", from.name(), "to", to.name()));
  }
}
