package org.sunshineledger.project;

/**
 * The lifecycle of a project (§5), in order. A project moves one stage forward at a time; a project
 * in appraisal may also be sent back to the reserve.
 */
public enum ProjectStage {
  /** 项目储备. */
  RESERVE("项目储备"),
  /** 前期论证评审. */
  APPRAISAL("前期论证评审"),
  /** 遴选立项. */
  APPROVED("遴选立项"),
  /** 组织实施 (with mid-term inspections, 中期检查监督). */
  IMPLEMENTATION("组织实施"),
  /** 竣工验收. */
  COMPLETION_ACCEPTED("竣工验收"),
  /** 资产移交. */
  ASSETS_HANDED_OVER("资产移交"),
  /** 建后管护. */
  OPERATION("建后管护"),
  /** 后期评估问效. */
  POST_EVALUATED("后期评估问效");

  private final String chineseName;

  ProjectStage(String chineseName) {
    this.chineseName = chineseName;
  }

  /**
   * Returns the Chinese name.
   *
   * @return the name
   */
  public String chineseName() {
    return chineseName;
  }

  /**
   * Whether a project may move from this stage to another.
   *
   * @param to the stage asked for
   * @return true for the next stage, and for appraisal back to the reserve
   */
  public boolean mayMoveTo(ProjectStage to) {
    return to.ordinal() == ordinal() + 1 || (this == APPRAISAL && to == RESERVE);
  }

  /**
   * Whether this stage is at or after another.
   *
   * @param other the other stage
   * @return true when the project has reached it
   */
  public boolean hasReached(ProjectStage other) {
    return ordinal() >= other.ordinal();
  }
}
